package needle.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.app.Moves;
import needle.app.Moves.Move;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code today}: the short list of next moves, each person once under their most urgent move, with
 * the other moves that apply to them as "also" lines.
 */
@Command(
    name = "today",
    mixinStandardHelpOptions = true,
    description = "The short list of next moves.")
final class TodayCommand extends LedgerCommand {
  private static final Map<String, String> HEADINGS = headings();

  @picocli.CommandLine.Mixin Dates.AsOf asOf = new Dates.AsOf();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  TodayCommand(App app) {
    super(app);
  }

  @Override
  public Integer call() {
    LocalDate date = asOf.orToday(app);
    List<Move> moves = Moves.of(app.scope(), date);
    if (json) {
      Json.print(out(), moves);
    } else {
      print(moves, date);
    }
    return 0;
  }

  private void print(List<Move> moves, LocalDate date) {
    var out = out();
    out.println("Next moves as of " + date + ":");
    if (moves.isEmpty()) {
      out.println("  Nothing due. Log what happens with  needle log time|gave|got|joint NAME");
    }
    String heading = null;
    for (Move m : moves) {
      if (!m.move().equals(heading)) {
        heading = m.move();
        out.println();
        out.println(HEADINGS.get(heading));
      }
      out.println("  - " + m.name() + ": " + m.why());
      m.also().forEach(reason -> out.println("      also " + reason));
    }
    out.flush();
  }

  private static Map<String, String> headings() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("follow-up", "Follow up on these asks:");
    h.put("keep-in-touch", "Keep in touch (past their cadence):");
    h.put("give", "Give first (offer something of value):");
    h.put("ask", "Ask (they owe you a turn):");
    h.put("wait", "Wait (they said a candid no; do not ask again yet):");
    h.put("reconnect", "Reconnect (value flowed once, then nothing):");
    h.put("reduce", "Cut back (land your ship elsewhere):");
    return h;
  }
}
