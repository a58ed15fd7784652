package needle.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.History;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.people.PersonId;

/**
 * Relationship histories shaped like bench/Generate.java's ledger, the same for the same seed: 3%
 * of people with thousands of entries, 17% with a hundred or so, the rest with a handful; 85% time,
 * 10% value events, 5% asks, over the four years before the as-of date.
 */
final class SeededHistories {
  private static final String[] TITLES = {
    "", "Software Engineer", "Senior Data Scientist", "Engineering Manager", "Head of Sales",
    "VP Marketing", "Founder & CEO", "Account Executive", "Directeur commercial", "Partner"
  };
  private static final int DAYS = 4 * 365;

  private final Random random;
  private final LocalDate asOf;

  private SeededHistories(long seed, LocalDate asOf) {
    this.random = new Random(seed);
    this.asOf = asOf;
  }

  static List<History> of(int people, LocalDate asOf, long seed) {
    SeededHistories maker = new SeededHistories(seed, asOf);
    List<History> histories = new ArrayList<>(people);
    for (int i = 1; i <= people; i++) {
      histories.add(maker.history(i));
    }
    return histories;
  }

  private History history(int n) {
    PersonId id = new PersonId(n);
    Person person =
        Person.named("Person " + n).toBuilder()
            .id(id)
            .title(TITLES[random.nextInt(TITLES.length)])
            .build();
    List<TimeEntry> time = new ArrayList<>();
    List<ValueEvent> values = new ArrayList<>();
    List<Ask> asks = new ArrayList<>();
    int entries = entries();
    for (int e = 0; e < entries; e++) {
      LocalDate on = asOf.minusDays(random.nextInt(DAYS));
      double kind = random.nextDouble();
      if (kind < 0.10) {
        values.add(value(id, on));
      } else if (kind < 0.15) {
        asks.add(ask(id, on, asks.size() + 1));
      } else {
        time.add(new TimeEntry(e, id, on, 15 + random.nextInt(120), Channel.CALL, "bench", null));
      }
    }
    return new History(person, time, values, asks);
  }

  private int entries() {
    double tier = random.nextDouble();
    if (tier < 0.03) {
      return 1000 + random.nextInt(3001);
    }
    return tier < 0.20 ? 40 + random.nextInt(161) : 1 + random.nextInt(10);
  }

  private ValueEvent value(PersonId id, LocalDate on) {
    Direction direction = Direction.values()[random.nextInt(Direction.values().length)];
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    return new ValueEvent(0, id, on, direction, kind, null, null, "bench");
  }

  private Ask ask(PersonId id, LocalDate on, long n) {
    AskDirection direction = random.nextBoolean() ? AskDirection.ASKED : AskDirection.WAS_ASKED;
    Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
    LocalDate resolved = outcome == Outcome.OPEN ? null : on.plusDays(random.nextInt(30));
    return new Ask(new AskId(n), id, on, direction, "a favour", outcome, resolved, "bench");
  }
}
