package needle.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import needle.app.Advice;
import needle.app.Numbers;
import needle.app.Profile;
import needle.app.ScoreRow;
import needle.app.TimelineItem;
import needle.ledger.MailStats;
import needle.people.Person;
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

  /**
   * {@code person show --json}: the score row (whose {@code action} is DESIGN §2's), the next move
   * as {@code today} says it, the e-mails, mail figures and the timeline.
   */
  record Shown(
      @JsonUnwrapped ScoreRow score,
      Advice.Next advice,
      List<String> emails,
      int mailSent,
      int mailReplied,
      Double replyRate,
      Double medianReplyHours,
      List<TimelineItem> timeline) {

    static Shown of(Profile p) {
      MailStats mail = p.mail();
      Double hours = mail == null ? null : mail.medianReplyHours();
      return new Shown(
          ScoreRow.of(p.score()),
          p.advice(),
          p.person().emails(),
          mail == null ? 0 : mail.sent(),
          mail == null ? 0 : mail.replied(),
          mail == null ? null : mail.replyRate(),
          hours == null ? null : Math.round(hours * 10) / 10.0,
          p.timeline());
    }
  }

  @Override
  public Integer call() {
    Profile profile = Profile.of(app.scope(), name, asOf.orToday(app));
    if (json) {
      Json.print(out(), Shown.of(profile));
    } else {
      printText(profile);
    }
    return 0;
  }

  private static String mailLine(MailStats m) {
    Double hours = m.medianReplyHours();
    return "  mail:     "
        + m.sent()
        + " sent, "
        + m.replied()
        + " replied ("
        + Numbers.percent(m.replyRate())
        + "), median reply "
        + (hours == null ? "-" : Numbers.one(hours) + " h");
  }

  private void printText(Profile profile) {
    Person p = profile.person();
    Score s = profile.score();
    Advice.Next next = profile.advice();
    MailStats mail = profile.mail();
    var out = out();
    String where = p.company() == null ? "" : ", " + p.company();
    out.println(
        p.name() + " — " + Numbers.orDash(p.title()) + where + " (level " + p.level().rank() + ")");
    if (!p.emails().isEmpty()) {
      out.println("  e-mail:   " + String.join(", ", p.emails()));
    }
    out.println(
        "  class:    "
            + s.relationshipClass().label()
            + (s.direction() == null ? "" : " (" + s.direction().label() + ")")
            + " · next move: "
            + next.move()
            + (next.move().equals(s.action().label())
                ? ""
                : " (ranked: " + s.action().label() + ")")
            + " · strength "
            + s.strength());
    out.println("  move:     " + next.why());
    next.also().forEach(reason -> out.println("  also:     " + reason));
    out.println(
        "  figures:  "
            + Numbers.one(s.hours())
            + " h · given "
            + Numbers.one(s.given())
            + " · received "
            + Numbers.one(s.received())
            + " · ROI "
            + Numbers.two(s.roi())
            + " · balance "
            + Numbers.share(s.balance())
            + " · openness "
            + Numbers.percent(s.openness()));
    if (mail != null) {
      out.println(mailLine(mail));
    }
    s.reasons().forEach(r -> out.println("  why:      " + r));
    out.println();
    Table table = new Table("DATE", "WHAT", ">ID", "DETAIL", "NOTE");
    profile
        .timeline()
        .forEach(
            m ->
                table.row(
                    m.on(),
                    m.kind(),
                    m.id(),
                    m.isAsk() ? m.summary() + " (" + m.outcome() + ")" : m.summary(),
                    Numbers.orDash(m.note())));
    if (app.terminal()) {
      table.fit(app.columns());
    }
    if (table.isEmpty()) {
      out.println("Nothing logged yet: try  needle log time \"" + p.name() + "\" --minutes 30");
    } else {
      table.print(out);
    }
    out.flush();
  }
}
