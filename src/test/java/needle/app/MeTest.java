package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import needle.NeedleException;
import needle.imports.Guessed;
import needle.imports.ImportResult;
import needle.ledger.Channel;
import needle.people.Person;
import needle.scoring.Policy;
import needle.scoring.Score;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who the owner is ({@code me}), on both engines: kept in the ledger, used by every import, and
 * never ranked or listed.
 */
class MeTest {
  @TempDir Path folder;

  static Stream<Arguments> engines() {
    Function<Path, Location> sqlite = TestDatabases::sqliteFile;
    Function<Path, Location> postgres = folder -> TestDatabases.postgresDatabase();
    return Stream.of(Arguments.of("sqlite", sqlite), Arguments.of("postgresql", postgres));
  }

  private static Scope scope(Location location) {
    Clock clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
    return new Scope(Ledger.open(location), Policy.defaults(), clock);
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text);
  }

  private static List<String> ranked(Scope scope) {
    return Ranking.rank(scope, Ranking.Query.all(LocalDate.of(2026, 4, 1))).rows().stream()
        .map(Score::person)
        .map(Person::name)
        .toList();
  }

  private static List<String> listed(Scope scope) {
    return Ranking.people(scope, Ranking.Query.all(LocalDate.of(2026, 4, 1))).rows().stream()
        .map(Person::name)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void theOwnersNameAddressesAndProfileAreKept(String engine, Function<Path, Location> at) {
    Scope scope = scope(at.apply(folder));

    Me.name(scope, " Ada Lovelace ");
    Me.add(scope, "Ada@Example.org");
    Me.add(scope, "ada@work.example");
    Me.add(scope, "https://uk.linkedin.com/in/Ada-Lovelace/?trk=x");
    Me.remove(scope, "ADA@example.org");

    assertThat(Me.show(scope))
        .isEqualTo(
            new Me.View(
                "Ada Lovelace",
                List.of("ada@work.example"),
                "https://www.linkedin.com/in/ada-lovelace",
                List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aWrongAddressIsRefusedWithASentence(String engine, Function<Path, Location> at) {
    Scope scope = scope(at.apply(folder));
    Me.add(scope, "ada@example.org");

    assertThatThrownBy(() -> Me.add(scope, "not-an-email"))
        .isInstanceOf(NeedleException.class)
        .hasMessage(
            "\"not-an-email\" is not an e-mail address or a LinkedIn URL (expected e.g."
                + " ada@example.org)");
    assertThatThrownBy(() -> Me.remove(scope, "bob@example.org"))
        .hasMessage(
            "\"bob@example.org\" is not one of your addresses (ada@example.org; see them with:"
                + " needle me)");
    assertThatThrownBy(() -> Me.name(scope, " ")).hasMessageStartingWith("your name is empty");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aPersonWhoseAddressBecomesMineIsKeptButNeitherRankedNorListed(
      String engine, Function<Path, Location> at) {
    Scope scope = scope(at.apply(folder));
    Journal.addPerson(scope, Person.named("Ada at work").withEmails(List.of("ada@work.example")));
    Journal.addPerson(scope, Person.named("Bob Stone").withEmails(List.of("bob@example.org")));
    Journal.logTime(
        scope,
        Journal.Who.named("Ada at work"),
        LocalDate.of(2026, 3, 2),
        60,
        Channel.CALL,
        null,
        "cli");
    assertThat(ranked(scope)).containsExactlyInAnyOrder("Ada at work", "Bob Stone");

    Me.Change change = Me.add(scope, "ada@work.example");

    assertThat(change.found()).containsExactly("Ada at work");
    assertThat(change.me().inLedger()).containsExactly("Ada at work");
    assertThat(ranked(scope)).containsExactly("Bob Stone");
    assertThat(listed(scope)).containsExactly("Bob Stone");
    assertThat(scope.ledger().read(LedgerSession::histories))
        .extracting(h -> h.person().name())
        .containsExactly("Bob Stone");
    java.util.Optional<Person> kept = scope.ledger().read(s -> s.person("Ada at work"));
    assertThat(kept).isPresent();

    Me.remove(scope, "ada@work.example");
    assertThat(ranked(scope)).containsExactlyInAnyOrder("Ada at work", "Bob Stone");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void everyImportTakesTheKeptAddressesForMine(String engine, Function<Path, Location> at)
      throws IOException {
    Scope scope = scope(at.apply(folder));
    Me.add(scope, "me@example.org");
    Me.add(scope, "me@home.example");
    Path mbox =
        file(
            "sent.mbox",
            """
            From me@example.org Mon Mar  2 09:00:00 2026
            From: Me <me@example.org>
            To: Bob Stone <bob@example.org>, Me at home <me@home.example>
            Date: Mon, 2 Mar 2026 09:00:00 +0000
            Message-ID: <1@example.org>
            Subject: Lunch

            Lunch?

            From me@example.org Tue Mar  3 09:00:00 2026
            From: Me <me@example.org>
            To: Me at home <me@home.example>
            Date: Tue, 3 Mar 2026 09:00:00 +0000
            Message-ID: <2@example.org>
            Subject: Note to self

            Remember.
            """);
    Path vcard =
        file(
            "contacts.vcf",
            """
            BEGIN:VCARD
            VERSION:3.0
            FN:My Own Card
            EMAIL:me@home.example
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Carol Ray
            EMAIL:carol@example.org
            END:VCARD
            """);
    List<Guessed> guesses = new ArrayList<>();
    Imports.Listener listener =
        new Imports.Listener() {
          @Override
          public void ownerGuessed(Guessed guess) {
            guesses.add(guess);
          }
        };

    ImportResult mail = Imports.file(scope, "mbox", mbox, Imports.Owner.of(List.of()), listener);
    ImportResult cards = Imports.file(scope, "vcard", vcard, Imports.Owner.of(List.of()), listener);

    assertThat(guesses).isEmpty();
    assertThat(mail.created()).containsExactly("Bob Stone");
    assertThat(mail.added()).isEqualTo(1); // the note to self carries no time
    assertThat(cards.created()).containsExactly("Carol Ray");
    assertThat(cards.skipped())
        .extracting(s -> s.reason())
        .anyMatch(r -> r.startsWith("\"My Own Card\" is you"));
    assertThat(listed(scope)).containsExactly("Bob Stone", "Carol Ray");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aCalendarReadWithoutMyAddressesSaysWhomItTookForMeAndKeepsNothing(
      String engine, Function<Path, Location> at) throws IOException {
    Scope scope = scope(at.apply(folder));
    Path ics =
        file(
            "cal.ics",
            """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//test//EN
            BEGIN:VEVENT
            UID:1@test
            DTSTAMP:20260301T090000Z
            DTSTART:20260302T090000Z
            DTEND:20260302T100000Z
            SUMMARY:Sync
            ORGANIZER;CN=Me:mailto:me@example.org
            ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.org
            ATTENDEE;CN=Bob Stone;PARTSTAT=ACCEPTED:mailto:bob@example.org
            END:VEVENT
            BEGIN:VEVENT
            UID:2@test
            DTSTAMP:20260301T090000Z
            DTSTART:20260303T090000Z
            DTEND:20260303T100000Z
            SUMMARY:Review
            ORGANIZER;CN=Me:mailto:me@example.org
            ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.org
            ATTENDEE;CN=Carol Ray;PARTSTAT=ACCEPTED:mailto:carol@example.org
            END:VEVENT
            END:VCALENDAR
            """);
    List<Guessed> guesses = new ArrayList<>();
    Imports.Listener listener =
        new Imports.Listener() {
          @Override
          public void ownerGuessed(Guessed guess) {
            guesses.add(guess);
          }
        };

    ImportResult result = Imports.file(scope, "ics", ics, Imports.Owner.of(List.of()), listener);

    assertThat(guesses).containsExactly(new Guessed("me@example.org", 2, 2, "events"));
    assertThat(Imports.guessTold(guesses.get(0)))
        .isEqualTo(
            "no address of yours is known, so me@example.org was taken as you for this import"
                + " (found in 2 of 2 events); if it is yours, remember it with: needle me add"
                + " me@example.org");
    assertThat(result.created()).containsExactlyInAnyOrder("Bob Stone", "Carol Ray");
    assertThat(Me.show(scope).emails()).isEmpty();
  }
}
