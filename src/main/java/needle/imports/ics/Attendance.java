package needle.imports.ics;

import java.util.List;
import java.util.function.Predicate;

/**
 * Decides what one occurrence is worth (DESIGN §1): nothing when cancelled, declined by me, all day
 * or longer than a day; otherwise its real minutes, split evenly among the other people who attend
 * (or given whole to each, or ignored for group meetings), and ignored above the group limit.
 */
final class Attendance {
  private static final double DAY_MINUTES = 24 * 60;

  private final Predicate<String> isMe;
  private final String groupMode;
  private final int maxOthers;

  Attendance(Predicate<String> isMe, String groupMode, int maxOthers) {
    this.isMe = isMe;
    this.groupMode = groupMode;
    this.maxOthers = maxOthers;
  }

  /** What an occurrence gives. */
  sealed interface Outcome {
    /** Each of {@code others} gets {@code minutes}. */
    record Counted(List<Participant> others, double minutes) implements Outcome {}

    /** Nothing, for this reason. */
    record Skip(String reason) implements Outcome {}
  }

  Outcome of(Occurrence o) {
    Event e = o.event();
    if (e.cancelled()) {
      return new Outcome.Skip("cancelled");
    }
    if (e.people().anyMatch(p -> isMe.test(p.email()) && p.declined())) {
      return new Outcome.Skip("you declined");
    }
    double minutes = o.minutes();
    if (minutes < 0 || minutes > DAY_MINUTES) {
      return new Outcome.Skip("lasts " + Math.round(minutes / 60) + " hours (not a meeting)");
    }
    List<Participant> others =
        e.people().filter(p -> p.attends() && !p.declined() && !isMe.test(p.email())).toList();
    return share(others, minutes);
  }

  private Outcome share(List<Participant> others, double minutes) {
    int n = others.size();
    if (n == 0) {
      return new Outcome.Skip("no one else attended");
    }
    if (n > maxOthers) {
      return new Outcome.Skip(n + " other attendees (more than " + maxOthers + ")");
    }
    if (n > 1 && groupMode.equals("ignore")) {
      return new Outcome.Skip("group meeting (group meetings are ignored)");
    }
    return new Outcome.Counted(others, groupMode.equals("full") ? minutes : minutes / n);
  }
}
