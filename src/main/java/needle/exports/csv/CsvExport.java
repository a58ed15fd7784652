package needle.exports.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import needle.exports.SafeFile;
import needle.people.Person;
import needle.people.PersonId;
import needle.storage.Snapshot;

/**
 * Writes a ledger as four spreadsheet-friendly CSV files (people, time, values, asks). Cells that a
 * spreadsheet would run as a formula are neutralised.
 */
public final class CsvExport {
  private CsvExport() {}

  /** Writes the files into {@code folder} (created if needed) and returns their paths. */
  public static List<Path> write(Snapshot s, Path folder) {
    SafeFile.createFolder(folder);
    Map<PersonId, String> names =
        s.people().stream().collect(Collectors.toMap(Person::id, Person::name));
    Function<PersonId, String> name = names::get;
    List<Path> written = new ArrayList<>();
    written.add(
        file(
            folder.resolve("people.csv"),
            List.of(
                "name",
                "title",
                "company",
                "email",
                "phone",
                "linkedin",
                "tags",
                "notes",
                "level",
                "cadence",
                "first_met"),
            s.people().stream().map(CsvExport::person).toList()));
    written.add(
        file(
            folder.resolve("time.csv"),
            List.of("date", "person", "minutes", "channel", "note", "source"),
            s.time().stream()
                .map(k -> k.entry())
                .map(
                    t ->
                        row(
                            t.on(),
                            name.apply(t.person()),
                            t.minutes(),
                            t.channel().label(),
                            t.note(),
                            t.source()))
                .toList()));
    written.add(
        file(
            folder.resolve("values.csv"),
            List.of("date", "person", "direction", "kind", "points", "note", "source"),
            s.values().stream()
                .map(k -> k.entry())
                .map(
                    v ->
                        row(
                            v.on(),
                            name.apply(v.person()),
                            v.direction().label(),
                            v.kind().label(),
                            v.points(),
                            v.note(),
                            v.source()))
                .toList()));
    written.add(
        file(
            folder.resolve("asks.csv"),
            List.of(
                "id", "date", "person", "direction", "text", "outcome", "resolved_on", "source"),
            s.asks().stream()
                .map(k -> k.entry())
                .map(
                    a ->
                        row(
                            a.id(),
                            a.on(),
                            name.apply(a.person()),
                            a.direction().label(),
                            a.text(),
                            a.outcome().label(),
                            a.resolvedOn(),
                            a.source()))
                .toList()));
    return written;
  }

  private static List<String> person(Person p) {
    return row(
        p.name(),
        p.title(),
        p.company(),
        String.join(";", p.emails()),
        String.join(";", p.phones()),
        p.linkedin(),
        String.join(";", p.tags()),
        p.notes(),
        p.levelOverride(),
        p.cadenceDays(),
        p.firstMet());
  }

  private static List<String> row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(neutralise(cell == null ? "" : cell.toString()));
    }
    return row;
  }

  /** A cell a spreadsheet would evaluate (= + - @, or a tab or CR first) gets a leading quote. */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return "=+-@\t\r".indexOf(first) >= 0 ? "'" + cell : cell;
  }

  /** One file, written whole or not at all (see {@link SafeFile}). */
  private static Path file(Path path, List<String> header, List<List<String>> rows) {
    SafeFile.write(
        path,
        out -> {
          // Not closed here: SafeFile forces the file to the disk before it closes it.
          CsvWriter csv = CsvWriter.builder().build(out);
          csv.writeRecord(header);
          for (List<String> row : rows) {
            csv.writeRecord(row);
          }
          csv.flush();
        });
    return path;
  }
}
