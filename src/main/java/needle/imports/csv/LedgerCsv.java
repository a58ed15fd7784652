package needle.imports.csv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import needle.NeedleException;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.imports.Contact;
import needle.imports.Entry;
import needle.imports.ImportBatch;
import needle.imports.ImportFeed;
import needle.imports.ImportKeys;
import needle.imports.Progress;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;

/**
 * Reads a ledger CSV: {@code date,person,event,minutes,kind,value,outcome,note}. For time rows the
 * kind column may name the channel (meeting by default); for asks the note is the ask.
 */
public final class LedgerCsv {
  public static final String HEADER = "date,person,event,minutes,kind,value,outcome,note";
  private static final Set<String> EVENTS =
      Set.of("time", "gave", "got", "joint", "asked", "was-asked");

  private final Map<String, Contact> people = new HashMap<>();
  private final ImportKeys keys = new ImportKeys("ledger");

  private LedgerCsv() {}

  /** The file as a feed: each row is sent as it is read, so a file of any length streams. */
  public static ImportFeed feed(Path file, Progress progress) {
    return ImportFeed.of(
        "ledger-csv",
        file.toString(),
        sink -> {
          LedgerCsv reader = new LedgerCsv();
          CsvFile.read(
                  file,
                  List.of("date", "person", "event"),
                  HEADER,
                  row -> {
                    sink.entry(reader.entry(row));
                    progress.advance(row.line(), -1);
                  })
              .ifPresent(sink::skip);
        });
  }

  /** The whole file, held. */
  public static ImportBatch read(Path file) {
    return ImportBatch.of(feed(file, Progress.NONE));
  }

  private Entry entry(CsvFile.Row row) {
    LocalDate on = date(row);
    String name = row.get("person");
    if (name.isEmpty()) {
      throw row.error("the person is empty (expected a name in the person column)");
    }
    Contact who =
        people.computeIfAbsent(
            name.toLowerCase(Locale.ROOT), k -> Contact.of(name, null, (int) row.line()));
    String event = row.get("event").toLowerCase(Locale.ROOT);
    if (!EVENTS.contains(event)) {
      throw row.error(
          "unknown event \""
              + row.get("event")
              + "\" (expected time, gave, got, joint, asked, was-asked)");
    }
    if (!row.get("outcome").isEmpty() && !event.endsWith("asked")) {
      throw row.error(
          "an outcome is only for asked and was-asked rows (leave it empty for " + event + ")");
    }
    String key =
        keys.next(
            on,
            name,
            event,
            row.get("minutes"),
            row.get("kind"),
            row.get("value"),
            row.get("note"));
    String note = row.get("note").isEmpty() ? null : row.get("note");
    return switch (event) {
      case "time" -> new Entry.Time(who, on, minutes(row), channel(row), note, key);
      case "asked", "was-asked" ->
          new Entry.Request(
              who,
              on,
              event.equals("asked") ? AskDirection.ASKED : AskDirection.WAS_ASKED,
              note == null ? "(no text given)" : note,
              outcome(row),
              key);
      default ->
          new Entry.Value(who, on, Direction.parse(event), kind(row), points(row), note, key);
    };
  }

  private static LocalDate date(CsvFile.Row row) {
    String text = row.get("date");
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw row.error("bad date \"" + text + "\" (expected YYYY-MM-DD, e.g. 2026-03-31)");
    }
  }

  private static double minutes(CsvFile.Row row) {
    double minutes = number(row, "minutes", "a number of minutes, e.g. 30");
    if (!(minutes >= 0)) {
      throw row.error("minutes " + row.get("minutes") + " is negative (expected 0 or more)");
    }
    return minutes;
  }

  private static Channel channel(CsvFile.Row row) {
    return row.get("kind").isEmpty()
        ? Channel.MEETING
        : parsed(row, () -> Channel.parse(row.get("kind")));
  }

  private static Kind kind(CsvFile.Row row) {
    if (row.get("kind").isEmpty()) {
      throw row.error(
          "the kind is empty (expected one of job, promotion, raise, sponsorship, deal, win,"
              + " referral, tool, introduction, advice, feedback, endorsement, other)");
    }
    return parsed(row, () -> Kind.parse(row.get("kind")));
  }

  private static Double points(CsvFile.Row row) {
    if (row.get("value").isEmpty()) {
      return null;
    }
    double value = number(row, "value", "a number of points, or empty for the kind's default");
    if (!(value >= 0)) {
      throw row.error("value " + row.get("value") + " is negative (expected 0 or more points)");
    }
    return value;
  }

  private static Outcome outcome(CsvFile.Row row) {
    return row.get("outcome").isEmpty()
        ? Outcome.OPEN
        : parsed(row, () -> Outcome.parse(row.get("outcome")));
  }

  private static double number(CsvFile.Row row, String column, String expected) {
    String text = row.get(column);
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw row.error("bad " + column + " \"" + text + "\" (expected " + expected + ")");
    }
  }

  private static <T> T parsed(CsvFile.Row row, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (NeedleException e) {
      throw row.error(e.getMessage());
    }
  }
}
