package needle.cli;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.asks.Ask;
import needle.ledger.MailStats;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.scoring.Figures;
import needle.scoring.History;
import needle.scoring.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code person show NAME}: details, scores with reasons, and the timeline. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a person: details, scores with their reasons, and the timeline.")
final class PersonShowCommand extends LedgerCommand {
  @Parameters(paramLabel = "NAME")
  String name;

  @picocli.CommandLine.Mixin Dates.AsOf asOf = new Dates.AsOf();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  PersonShowCommand(App app) {
    super(app);
  }

  /** One line of the timeline; its date prints as YYYY-MM-DD in JSON. */
  record Moment(
      @JsonSerialize(using = ToStringSerializer.class) LocalDate on,
      String what,
      String detail,
      String note) {}

  @Override
  public Integer call() {
    History history = read(s -> s.history(s.requirePerson(name)));
    LocalDate date = asOf.orToday(app);
    Score score = app.scorer().score(history, date);
    List<Moment> timeline = timeline(history);
    MailStats mail = read(s -> s.mailStats().get(history.person().id()));
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>(Figures.row(score));
      doc.put("emails", history.person().emails());
      putMail(doc, mail);
      doc.put("timeline", timeline);
      Json.print(out(), doc);
    } else {
      printText(history.person(), score, timeline, mail);
    }
    return 0;
  }

  private static void putMail(Map<String, Object> doc, MailStats mail) {
    doc.put("mailSent", mail == null ? 0 : mail.sent());
    doc.put("mailReplied", mail == null ? 0 : mail.replied());
    doc.put("replyRate", mail == null ? null : mail.replyRate());
    Double hours = mail == null ? null : mail.medianReplyHours();
    doc.put("medianReplyHours", hours == null ? null : Math.round(hours * 10) / 10.0);
  }

  private static String mailLine(MailStats m) {
    Double hours = m.medianReplyHours();
    return "  mail:     "
        + m.sent()
        + " sent, "
        + m.replied()
        + " replied ("
        + Format.percent(m.replyRate())
        + "), median reply "
        + (hours == null ? "-" : Format.one(hours) + " h");
  }

  private void printText(Person p, Score s, List<Moment> timeline, MailStats mail) {
    var out = out();
    String where = p.company() == null ? "" : ", " + p.company();
    out.println(
        p.name() + " — " + Format.orDash(p.title()) + where + " (level " + p.level().rank() + ")");
    if (!p.emails().isEmpty()) {
      out.println("  e-mail:   " + String.join(", ", p.emails()));
    }
    out.println(
        "  class:    "
            + s.relationshipClass().label()
            + (s.direction() == null ? "" : " (" + s.direction().label() + ")")
            + " · next move: "
            + s.action().label()
            + " · strength "
            + s.strength());
    out.println(
        "  figures:  "
            + Format.one(s.hours())
            + " h · given "
            + Format.one(s.given())
            + " · received "
            + Format.one(s.received())
            + " · ROI "
            + Format.two(s.roi())
            + " · balance "
            + Format.share(s.balance())
            + " · openness "
            + Format.percent(s.openness()));
    if (mail != null) {
      out.println(mailLine(mail));
    }
    s.reasons().forEach(r -> out.println("  why:      " + r));
    out.println();
    Table table = new Table("DATE", "WHAT", "DETAIL", "NOTE");
    timeline.forEach(m -> table.row(m.on(), m.what(), m.detail(), Format.orDash(m.note())));
    if (table.isEmpty()) {
      out.println("Nothing logged yet: try  needle log time \"" + p.name() + "\" --minutes 30");
    } else {
      table.print(out);
    }
    out.flush();
  }

  private static List<Moment> timeline(History h) {
    List<Moment> all = new ArrayList<>();
    for (TimeEntry t : h.time()) {
      all.add(
          new Moment(
              t.on(), "time", Format.minutes(t.minutes()) + " " + t.channel().label(), t.note()));
    }
    for (ValueEvent v : h.values()) {
      String points = v.points() == null ? "" : " (" + Format.one(v.points()) + " pts)";
      all.add(new Moment(v.on(), v.direction().label(), v.kind().label() + points, v.note()));
    }
    for (Ask a : h.asks()) {
      String resolved = a.resolvedOn() == null ? "" : " on " + a.resolvedOn();
      all.add(
          new Moment(
              a.on(),
              a.direction().label(),
              "#" + a.id() + " " + a.outcome().label() + resolved,
              a.text()));
    }
    all.sort(Comparator.comparing(Moment::on));
    return all;
  }
}
