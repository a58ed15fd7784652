package needle.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.NeedleException;
import needle.app.Profile;
import needle.asks.coach.AskCoach;
import needle.asks.coach.AskFacts;
import needle.asks.coach.Drafter;
import needle.asks.coach.Report;
import needle.asks.coach.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask draft NAME}: writes a smart ask from the ledger, then lints it. */
@Command(
    name = "draft",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a smart ask to a person from what the ledger knows: what you gave them and what"
          + " they gave you, your offer, the ask up front, an easy no and a bounded time.",
      "Then the ask coach judges the draft, and the ledger adds hints about asking now."
    })
final class AskDraftCommand extends LedgerCommand {
  @Parameters(paramLabel = "NAME", description = "Whom the ask is to.")
  String name;

  @Option(
      names = "--for",
      paramLabel = "TEXT",
      description = "What you ask for, e.g. \"an intro to Ana\" (default: a gap to fill).")
  String ask;

  @Option(
      names = "--offer",
      paramLabel = "TEXT",
      description =
          "What you offer in return, e.g. \"review your hiring loop\" (default: like what you"
              + " gave them before, else a gap to fill).")
  String offer;

  @Option(
      names = "--minutes",
      paramLabel = "N",
      description = "The time you ask for, in minutes (default: ${DEFAULT-VALUE}).")
  int minutes = Drafter.DEFAULT_MINUTES;

  @Option(names = "--json", description = "Print the draft, verdict and hints as JSON.")
  boolean json;

  AskDraftCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    check();
    LocalDate today = app.today();
    int followUpDays = app.policy().followUpDays();
    AskFacts facts =
        AskFacts.of(Profile.of(app.scope(), name, today).history(), today, followUpDays);
    String draft = Drafter.draft(facts.request(ask, offer, minutes));
    Verdict verdict = AskCoach.standard().lint(draft);
    List<String> hints = facts.hints(today);
    if (json) {
      Json.print(out(), json(draft, verdict, hints));
    } else {
      print(facts, draft, verdict, hints);
    }
    return 0;
  }

  private void check() {
    if (ask != null && ask.isBlank()) {
      throw new NeedleException(
          "--for is empty (expected what you ask for, e.g. --for \"an intro to Ana\")");
    }
    if (offer != null && offer.isBlank()) {
      throw new NeedleException(
          "--offer is empty (expected what you offer, e.g. --offer \"review your hiring loop\","
              + " or leave it out)");
    }
    if (minutes < 1) {
      throw new NeedleException(
          "--minutes must be 1 or more, not "
              + minutes
              + " (expected the minutes you ask for, e.g. --minutes 20)");
    }
  }

  private void print(AskFacts facts, String draft, Verdict verdict, List<String> hints) {
    PrintWriter out = out();
    out.println(draft);
    out.println();
    out.print(Report.summary(verdict));
    List<String> gaps = Drafter.gaps(draft);
    if (!gaps.isEmpty()) {
      out.println("Before you send it, fill in: " + String.join(" and ", gaps));
    }
    out.println();
    out.print(AskFacts.text(facts.firstName(), hints));
    out.flush();
    if (ask != null) {
      err()
          .println(
              "Once it is sent, record it with: needle ask \""
                  + facts.name()
                  + "\" --for \""
                  + ask.strip()
                  + "\"");
    }
  }

  private static Map<String, Object> json(String draft, Verdict verdict, List<String> hints) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("draft", draft);
    root.putAll(AskLintCommand.fields(verdict));
    root.put("hints", hints);
    return root;
  }
}
