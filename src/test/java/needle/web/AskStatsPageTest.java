package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asks page says what works for you: the share of asks answered, by verdict and finding. */
class AskStatsPageTest {
  private static final String OFFERING =
      "I'll send you the benchmark notes today. Could you review my deck by Friday? A no is fine.";
  private static final String BARE = "Could you review my deck by Friday?";
  private static final LocalDate ON = LocalDate.of(2026, 1, 5);

  @TempDir Path folder;
  WebFixture web;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder);
  }

  @AfterEach
  void stop() {
    web.close();
  }

  private void asks(String text, Outcome outcome, int count) {
    web.ledger.write(
        s -> {
          Person p =
              s.people().stream()
                  .filter(x -> x.name().equals("Ada Lovelace"))
                  .findFirst()
                  .orElseGet(() -> s.addPerson(Person.named("Ada Lovelace")));
          for (int i = 0; i < count; i++) {
            LocalDate resolved = outcome == Outcome.OPEN ? null : ON.plusDays(3);
            s.log(new Ask(null, p.id(), ON, AskDirection.ASKED, text, outcome, resolved, "test"));
          }
          return p;
        });
  }

  @Test
  void thePageShowsTheShareAnsweredWithAndWithoutAnOffer() {
    asks(OFFERING, Outcome.GRANTED, 4);
    asks(OFFERING, Outcome.DECLINED, 1);
    asks(OFFERING, Outcome.IGNORED, 1);
    asks(BARE, Outcome.GRANTED, 1);
    asks(BARE, Outcome.OPEN, 5);

    String body = web.get("/asks").body();

    assertThat(body)
        .contains("What works for you")
        .contains("6 of 12 answered (50%)")
        .contains("<td>smart</td><td>83% (5 of 6)</td>")
        .contains(
            "<li data-rule=\"offer-value\">Asks that offered something first were answered 83% of"
                + " the time (5 of 6), others 17% (1 of 6).</li>");
  }

  @Test
  void withFewAsksThePageSaysThereAreTooFewToTell() {
    asks(OFFERING, Outcome.GRANTED, 2);

    String body = web.get("/asks").body();

    assertThat(body)
        .contains("2 of 2 answered: too few asks to tell")
        .contains("Asks that offered something first: too few asks to tell (2 of them, 0 others).")
        .doesNotContain("% of the time");
  }

  @Test
  void withoutAsksThePageSaysSo() {
    assertThat(web.get("/asks").body()).contains("No asks of yours with an outcome yet.");
  }
}
