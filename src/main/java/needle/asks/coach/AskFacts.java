package needle.asks.coach;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Direction;
import needle.ledger.History;
import needle.ledger.ValueEvent;

/**
 * What the ledger knows of one person up to a day, as the plain facts the ask coach takes: the
 * coach itself never sees storage or scoring types.
 */
public record AskFacts(
    String name,
    String firstName,
    Optional<Drafter.Exchange> gave,
    Optional<Drafter.Exchange> got,
    Hints.Facts hintFacts) {

  private static final Set<String> HONORIFICS =
      Set.of("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.");

  public static AskFacts of(History history, LocalDate today, int followUpDays) {
    String name = history.person().name();
    String first = firstName(name);
    List<ValueEvent> values =
        history.values().stream().filter(v -> !v.on().isAfter(today)).toList();
    List<Ask> mine =
        history.asks().stream()
            .filter(a -> a.direction() == AskDirection.ASKED && !a.on().isAfter(today))
            .toList();
    double hours =
        history.time().stream()
            .filter(t -> !t.on().isAfter(today))
            .mapToDouble(t -> t.hours())
            .sum();
    Hints.Facts facts =
        new Hints.Facts(
            first,
            count(values, d -> d.countsAsGiven()),
            count(values, d -> d.countsAsReceived()),
            points(values, d -> d.countsAsGiven()),
            points(values, d -> d.countsAsReceived()),
            hours,
            mine.size(),
            latestAsk(mine, today),
            followUpDays);
    return new AskFacts(
        name, first, latest(values, Direction.GAVE), latest(values, Direction.GOT), facts);
  }

  public List<String> hints(LocalDate today) {
    return Hints.about(hintFacts, today);
  }

  /** The hints under a heading, or a line that says there are none. */
  public static String text(String firstName, List<String> hints) {
    if (hints.isEmpty()) {
      return "No hints from the ledger about " + firstName + ".\n";
    }
    StringBuilder text = new StringBuilder("Hints from the ledger about " + firstName + ":\n");
    hints.forEach(hint -> text.append("  - ").append(hint).append('\n'));
    return text.toString();
  }

  /** "Greg Alvarez" is Greg, and "Dr. Ana Ruiz" is Ana. */
  public static String firstName(String name) {
    List<String> words = List.of(name.strip().split("\\s+"));
    boolean titled = words.size() > 1 && HONORIFICS.contains(words.get(0).toLowerCase(Locale.ROOT));
    return (titled ? words.get(1) : words.get(0)).replaceAll(",$", "");
  }

  /** What {@code ask draft} writes from: these facts, the ask, the offer and the minutes. */
  public Drafter.Request request(String ask, String offer, int minutes) {
    return new Drafter.Request(
        name, firstName, gave, got, Optional.ofNullable(ask), Optional.ofNullable(offer), minutes);
  }

  private static int count(List<ValueEvent> values, Predicate<Direction> direction) {
    return (int) values.stream().filter(v -> direction.test(v.direction())).count();
  }

  /** The points of the events in {@code direction}: their own, else their kind's default. */
  private static double points(List<ValueEvent> values, Predicate<Direction> direction) {
    return values.stream()
        .filter(v -> direction.test(v.direction()))
        .mapToDouble(v -> v.points() != null ? v.points() : v.kind().defaultPoints())
        .sum();
  }

  private static Optional<Drafter.Exchange> latest(List<ValueEvent> values, Direction direction) {
    return values.stream()
        .filter(v -> v.direction() == direction)
        .max(Comparator.comparing(ValueEvent::on).thenComparingLong(ValueEvent::id))
        .map(v -> Drafter.Exchange.of(v.kind(), v.note()));
  }

  private static Optional<Hints.PastAsk> latestAsk(List<Ask> mine, LocalDate today) {
    return mine.stream()
        .max(Comparator.comparing(Ask::on).thenComparingLong(a -> a.id().value()))
        .map(a -> new Hints.PastAsk(a.on(), a.isOpenAsOf(today) ? Outcome.OPEN : a.outcome()));
  }
}
