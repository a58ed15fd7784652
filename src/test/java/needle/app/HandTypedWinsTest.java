package needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import needle.imports.ImportResult;
import needle.people.Person;
import needle.scoring.Policy;
import needle.storage.Ledger;
import needle.storage.Location;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A detail typed by hand wins over any import, and a person named by an e-mail address takes the
 * name that mail gives them (DESIGN §4), on both engines.
 */
class HandTypedWinsTest {
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

  private static Person person(Scope scope, String name) {
    return scope.ledger().read(s -> s.requirePerson(name));
  }

  private ImportResult importPeople(Scope scope, String rows) throws IOException {
    Path csv =
        Files.writeString(
            folder.resolve("people.csv"), "name,title,company,email,phone,linkedin\n" + rows);
    return Imports.file(scope, "people", csv, Imports.Owner.of(List.of()), Imports.Listener.NONE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void whatWasTypedByHandWinsOverAContactFile(String engine, Function<Path, Location> at)
      throws IOException {
    Scope scope = scope(at.apply(folder));
    Journal.addPerson(
        scope,
        Person.named("Greta Alvarez")
            .withTitle("Chief Technology Officer")
            .withEmails(List.of("greta@northwind.example")));
    importPeople(scope, "Kyle Morgan,Analyst,Initech,kyle@initech.example,,\n");
    Journal.edit(scope, "Kyle Morgan", p -> p.withCompany("Initrode"));

    ImportResult result =
        importPeople(
            scope,
            """
            Greta Alvarez,Engineer,Northwind,greta@northwind.example,,https://www.linkedin.com/in/greta
            Kyle Morgan,Vice President of Sales,Initech,kyle@initech.example,,
            """);

    Person greta = person(scope, "Greta Alvarez");
    assertThat(greta.title()).isEqualTo("Chief Technology Officer");
    assertThat(greta.level().rank()).isEqualTo(6);
    assertThat(greta.company()).isEqualTo("Northwind"); // not typed: the file fills it in
    assertThat(greta.linkedin()).isEqualTo("https://www.linkedin.com/in/greta");
    Person kyle = person(scope, "Kyle Morgan");
    assertThat(kyle.company()).isEqualTo("Initrode");
    assertThat(kyle.title()).isEqualTo("Vice President of Sales");
    assertThat(kyle.level().rank()).isEqualTo(5); // derived from the new title
    assertThat(result.updated()).containsExactly("Greta Alvarez", "Kyle Morgan");
    assertThat(greta.typed()).containsExactlyInAnyOrder(Person.Field.NAME, Person.Field.TITLE);
    assertThat(kyle.typed()).containsExactly(Person.Field.COMPANY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aFileThatChangesNothingIsNotCountedAsUpdating(String engine, Function<Path, Location> at)
      throws IOException {
    Scope scope = scope(at.apply(folder));
    Journal.addPerson(scope, Person.named("Ada").withTitle("CEO"));

    ImportResult result = importPeople(scope, "Ada,Analyst,,,,\n");

    assertThat(result.updated()).isEmpty();
    assertThat(person(scope, "Ada").title()).isEqualTo("CEO");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aPersonNamedByTheirAddressTakesTheNameMailGivesThem(
      String engine, Function<Path, Location> at) throws IOException {
    Scope scope = scope(at.apply(folder));
    Path bare =
        Files.writeString(
            folder.resolve("first.mbox"),
            """
            From me@example.org Mon Mar  2 09:00:00 2026
            From: Me <me@example.org>
            To: anne.koehler@enron.example
            Date: Mon, 2 Mar 2026 09:00:00 +0000
            Message-ID: <1@example.org>
            Subject: Hello

            Hi.
            """);
    Path named =
        Files.writeString(
            folder.resolve("second.mbox"),
            """
            From me@example.org Tue Mar  3 09:00:00 2026
            From: Me <me@example.org>
            To: "Anne C. Koehler" <anne.koehler@enron.example>
            Date: Tue, 3 Mar 2026 09:00:00 +0000
            Message-ID: <2@example.org>
            Subject: Again

            Hi again.
            """);
    Imports.Owner me = Imports.Owner.of(List.of("me@example.org"));

    ImportResult first = Imports.file(scope, "mbox", bare, me, Imports.Listener.NONE);
    Person before = person(scope, "anne.koehler@enron.example");
    Journal.edit(scope, "anne.koehler@enron.example", p -> p.withTitle("Counsel"));
    ImportResult second = Imports.file(scope, "mbox", named, me, Imports.Listener.NONE);

    assertThat(first.created()).containsExactly("anne.koehler@enron.example");
    assertThat(second.updated()).containsExactly("Anne C. Koehler");
    Person anne = person(scope, "Anne C. Koehler");
    assertThat(anne.id()).isEqualTo(before.id());
    assertThat(anne.title()).isEqualTo("Counsel"); // mail never changes a title
  }
}
