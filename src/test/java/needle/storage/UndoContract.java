package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import needle.NeedleException;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.asks.Suggestion;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.MailMessage;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.scoring.Policy;
import needle.scoring.Relationship;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The undo journal on every engine: each write is one step, and undo gives back the ledger. */
abstract class UndoContract {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  Ledger ledger;

  abstract Location newLocation();

  @BeforeEach
  void openFreshLedger() {
    ledger = Ledger.open(newLocation());
  }

  private Person add(String name, String... emails) {
    return ledger.write(
        "add " + name, s -> s.addPerson(Person.named(name).withEmails(List.of(emails))));
  }

  private TimeEntry time(Person p, double minutes) {
    return ledger.write(
        "log time", s -> s.log(new TimeEntry(0, p.id(), DAY, minutes, Channel.CALL, null, "n")));
  }

  private ValueEvent got(Person p, Kind kind) {
    return ledger.write(
        "log got",
        s -> s.log(new ValueEvent(0, p.id(), DAY, Direction.GOT, kind, null, "helped", null)));
  }

  private Ask ask(Person p) {
    return ledger.write(
        "ask",
        s ->
            s.log(
                new Ask(
                    null, p.id(), DAY, AskDirection.ASKED, "intro?", Outcome.OPEN, null, null)));
  }

  /** The whole ledger and its read model, in an order that does not depend on how it was built. */
  private State state() {
    Snapshot s = Backup.take(ledger);
    List<Relationship> standing =
        new ArrayList<>(ledger.standing(AS_OF, Policy.defaults()).orElseThrow().relationships());
    standing.sort(Comparator.comparing(r -> r.person().id().value()));
    return new State(
        s.people().stream().sorted(Comparator.comparing(p -> p.id().value())).toList(),
        new LinkedHashSet<>(s.time()),
        new LinkedHashSet<>(s.values()),
        new LinkedHashSet<>(s.asks()),
        new LinkedHashSet<>(s.mail()),
        new LinkedHashSet<>(s.suggestions()),
        standing.stream().map(UndoContract::rounded).toList());
  }

  /** A relationship's figures to the precision sums in another order still agree on. */
  private static String rounded(Relationship r) {
    return r.toString().replaceAll("(\\d+\\.\\d{6})\\d*", "$1");
  }

  record State(
      List<Person> people,
      Set<Snapshot.Keyed<TimeEntry>> time,
      Set<Snapshot.Keyed<ValueEvent>> values,
      Set<Snapshot.Keyed<Ask>> asks,
      Set<MailMessage> mail,
      Set<Suggestion> suggestions,
      List<String> standing) {}

  @Test
  void findingAsksInMailAndAcceptingOneAreStepsUndoTakesBack() {
    Person ada = add("Ada Lovelace", "ada@example.org");
    State before = state();
    Instant sent = Instant.parse("2026-03-02T09:00:00Z");
    ledger.write(
        "import mbox",
        s ->
            s.suggestAll(
                List.of(
                    Suggestion.found("ada@example.org", "<1@me>", sent, DAY, "Could you call?"))));
    State found = state();
    ledger.write(
        "accept 1 ask found in mail",
        s -> {
          Ask a =
              s.log(
                  new Ask(
                      null,
                      ada.id(),
                      DAY,
                      AskDirection.ASKED,
                      "Could you call?",
                      Outcome.ANSWERED,
                      DAY,
                      "mail"));
          return s.decide(s.suggestions(List.of(1L)).get(0), Suggestion.State.ACCEPTED, a.id());
        });
    assertThat(state()).isNotEqualTo(found);

    assertThat(ledger.undo()).map(Step::label).contains("accept 1 ask found in mail");
    assertThat(state()).isEqualTo(found);
    assertThat(ledger.undo()).map(Step::label).contains("import mbox");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void undoTakesBackTheLatestStepAndThenTheOneBefore() {
    Person ada = add("Ada Lovelace", "ada@example.org");
    State added = state();
    time(ada, 30);
    State logged = state();
    got(ada, Kind.PROMOTION);

    assertThat(ledger.steps(5))
        .extracting(Step::label)
        .containsExactly("log got", "log time", "add Ada Lovelace");

    assertThat(ledger.undo()).map(Step::label).contains("log got");
    assertThat(state()).isEqualTo(logged);
    assertThat(ledger.undo()).map(Step::label).contains("log time");
    assertThat(state()).isEqualTo(added);
    assertThat(ledger.undo()).map(Step::label).contains("add Ada Lovelace");
    assertThat(ledger.read(LedgerSession::people)).isEmpty();
    assertThat(ledger.undo()).isEmpty();
  }

  @Test
  void aWriteThatChangesNothingIsNoStep() {
    Person ada = add("Ada Lovelace");
    ledger.write("import again", s -> s.logTimeOnce(List.of(), List.of()));
    time(ada, 10);
    ledger.write(
        "import",
        s -> s.logOnce(new TimeEntry(0, ada.id(), DAY, 5, Channel.EMAIL, "x", null), "k"));
    ledger.write(
        "import again",
        s -> s.logOnce(new TimeEntry(0, ada.id(), DAY, 5, Channel.EMAIL, "x", null), "k"));

    assertThat(ledger.steps(10))
        .extracting(Step::label)
        .containsExactly("import", "log time", "add Ada Lovelace");
  }

  @Test
  void anEditIsTakenBackWithTheEmailsAsTheyWere() {
    Person ada = add("Ada Lovelace", "ada@example.org", "ada@work.example");
    State before = state();

    ledger.write(
        "edit",
        s ->
            s.updatePerson(
                ada.withTitle("VP Engineering")
                    .withCompany("Analytical Engines")
                    .withEmails(List.of("countess@example.org"))));
    java.util.Optional<Person> gone = ledger.read(s -> s.personByEmail("ada@example.org"));
    assertThat(gone).isEmpty();

    ledger.undo();
    assertThat(state()).isEqualTo(before);
    assertThat(ledger.read(s -> s.personByEmail("ada@work.example")).map(Person::name))
        .contains("Ada Lovelace");
  }

  @Test
  void aMergeIsTakenBackWithBothPeopleAndTheirEntries() {
    Person anne = add("Anne C. Koehler", "anne.koehler@enron.com");
    Person mail = add("anne.koehler@ect.enron.com", "anne.koehler@ect.enron.com");
    time(anne, 60);
    time(mail, 15);
    got(mail, Kind.INTRODUCTION);
    Ask asked = ask(mail);
    ledger.write("resolve", s -> s.resolve(asked.id(), Outcome.GRANTED, DAY.plusDays(3)));
    State before = state();

    ledger.write("merge", s -> s.merge(s.requirePerson(anne.name()), s.requirePerson(mail.name())));
    assertThat(ledger.read(LedgerSession::people)).hasSize(1);

    ledger.undo();
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aDeletedPersonComesBackWithEverythingLoggedForThem() {
    Person ada = add("Ada Lovelace", "ada@example.org");
    Person bob = add("Bob", "bob@example.org");
    time(ada, 45);
    got(ada, Kind.JOB);
    ask(ada);
    time(bob, 20);
    State before = state();

    ledger.write(
        "delete",
        s -> {
          s.deletePerson(s.requirePerson("Ada Lovelace"));
          return null;
        });
    assertThat(ledger.read(LedgerSession::people)).extracting(Person::name).containsExactly("Bob");
    assertThat(ledger.read(LedgerSession::asks)).isEmpty();

    ledger.undo();
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void entriesAreEditedAndDeletedAndComeBack() {
    Person ada = add("Ada Lovelace");
    Person bob = add("Bob");
    TimeEntry t = time(ada, 45);
    ValueEvent v = got(ada, Kind.RAISE);
    Ask a = ask(ada);
    State before = state();

    ledger.write(
        "edit",
        s -> s.update(new TimeEntry(t.id(), bob.id(), DAY, 90, Channel.LUNCH, null, "moved")));
    ledger.write("delete", s -> s.deleteEntry(v.id()));
    ledger.write(
        "edit",
        s ->
            s.update(
                new Ask(
                    a.id(),
                    ada.id(),
                    DAY,
                    AskDirection.ASKED,
                    "a referral?",
                    Outcome.DECLINED,
                    DAY.plusDays(1),
                    null)));
    java.util.Optional<ValueEvent> deleted = ledger.read(s -> s.valueEvent(v.id()));
    assertThat(deleted).isEmpty();
    assertThat(ledger.read(s -> s.timeEntry(t.id())).orElseThrow().person()).isEqualTo(bob.id());

    ledger.undo();
    ledger.undo();
    ledger.undo();
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void anImportIsOneStepWithItsPeopleEntriesAndMail() {
    Person ada = add("Ada Lovelace", "ada@example.org");
    State before = state();

    ledger.write(
        "import mbox sent.mbox",
        s -> {
          List<Person> made =
              s.addPeople(
                  List.of(
                      Person.named("Grace Hopper").withEmails(List.of("grace@navy.example")),
                      Person.named("Alan Turing")));
          s.updatePeople(List.of(s.requirePerson("Ada Lovelace").withTitle("Countess")));
          List<TimeEntry> rows = new ArrayList<>();
          List<String> keys = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            Person p = i % 3 == 0 ? ada : made.get(i % 2);
            rows.add(new TimeEntry(0, p.id(), DAY.plusDays(i), 5, Channel.EMAIL, "mbox", null));
            keys.add("mail-" + i);
          }
          s.logTimeOnce(rows, keys);
          s.recordAllMail(
              List.of(
                  new MailMessage(
                      "<1@example.org>",
                      true,
                      "me@example.org",
                      Instant.parse("2026-03-02T10:00:00Z"),
                      null,
                      "hello",
                      false,
                      List.of("grace@navy.example"))));
          return null;
        });
    assertThat(ledger.read(LedgerSession::people)).hasSize(3);

    assertThat(ledger.undo()).map(Step::label).contains("import mbox sent.mbox");
    assertThat(state()).isEqualTo(before);

    // The same rows go in again: the import keys went with the step.
    boolean again =
        ledger.write(
            s ->
                s.logOnce(
                    new TimeEntry(0, ada.id(), DAY, 5, Channel.EMAIL, "mbox", null), "mail-0"));
    assertThat(again).isTrue();
  }

  @Test
  void aResolvedAskIsOpenAgainAfterUndo() {
    Person ada = add("Ada Lovelace");
    Ask a = ask(ada);
    ledger.write("resolve", s -> s.resolve(a.id(), Outcome.IGNORED, DAY.plusDays(40)));

    ledger.undo();

    assertThat(ledger.read(s -> s.ask(a.id())).orElseThrow().outcome()).isEqualTo(Outcome.OPEN);
  }

  @Test
  void aCheckCanRefuseTheLatestStepAndNothingChanges() {
    Person ada = add("Ada Lovelace");
    time(ada, 30);
    State before = state();

    assertThatThrownBy(
            () ->
                ledger.undo(
                    step -> {
                      throw new NeedleException("not that one");
                    }))
        .hasMessage("not that one");

    assertThat(state()).isEqualTo(before);
    assertThat(ledger.steps(10)).hasSize(2);
  }

  @Test
  void aRestoreForgetsTheStepsBeforeIt() {
    Person ada = add("Ada Lovelace");
    time(ada, 30);
    Snapshot backup = Backup.take(ledger);

    Backup.restore(ledger, backup, true);

    assertThat(ledger.steps(10)).isEmpty();
    assertThat(ledger.undo()).isEmpty();
    assertThat(ledger.read(LedgerSession::people)).hasSize(1);
  }

  @Test
  void onlyTheLatestHundredStepsAreKept() {
    Person ada = add("Ada Lovelace");
    for (int i = 0; i < 120; i++) {
      time(ada, 1);
    }

    List<Step> steps = ledger.steps(500);
    assertThat(steps.size()).isBetween(100, 110);
    assertThat(steps.get(0).label()).isEqualTo("log time");
  }

  @Test
  void manyRandomStepsAreTakenBackOneByOneToAnEmptyLedger() {
    Random random = new Random(42);
    List<State> states = new ArrayList<>();
    states.add(state());
    List<String> names = List.of("Ada", "Bob", "Cy", "Di", "Ed");
    for (int step = 0; step < 40; step++) {
      List<Person> people = ledger.read(LedgerSession::people);
      int op = people.isEmpty() ? 0 : random.nextInt(8);
      Person p = people.isEmpty() ? null : people.get(random.nextInt(people.size()));
      Person other = people.isEmpty() ? null : people.get(random.nextInt(people.size()));
      String fresh = names.get(random.nextInt(names.size())) + " " + step;
      switch (op) {
        case 0 -> add(fresh, fresh.replace(" ", ".").toLowerCase() + "@example.org");
        case 1 -> time(p, 1 + random.nextInt(120));
        case 2 -> got(p, Kind.values()[random.nextInt(Kind.values().length)]);
        case 3 -> ask(p);
        case 4 -> ledger.write("edit", s -> s.updatePerson(p.withTitle("Director " + fresh)));
        case 5 -> {
          if (p.equals(other)) {
            continue;
          }
          ledger.write(
              "merge",
              s -> s.merge(s.person(p.id()).orElseThrow(), s.person(other.id()).orElseThrow()));
        }
        case 6 ->
            ledger.write(
                "delete",
                s -> {
                  s.deletePerson(s.person(p.id()).orElseThrow());
                  return null;
                });
        default -> {
          List<TimeEntry> entries =
              ledger.read(s -> s.history(s.person(p.id()).orElseThrow()).time());
          if (entries.isEmpty()) {
            continue;
          }
          ledger.write("delete", s -> s.deleteEntry(entries.get(0).id()));
        }
      }
      states.add(state());
    }
    for (int i = states.size() - 2; i >= 0; i--) {
      assertThat(ledger.undo()).isPresent();
      assertThat(state()).as("after taking back step %d", i + 1).isEqualTo(states.get(i));
    }
    assertThat(ledger.undo()).isEmpty();
  }

  @Test
  void everyJournalCopyHasTheColumnsOfItsTable() throws SQLException {
    for (String table : List.of("person", "person_email", "time_entry", "value_event", "ask")) {
      Set<String> columns = columns(table);
      columns.add("step_id");
      assertThat(columns(("journal_" + table))).as(table).isEqualTo(columns);
    }
  }

  private Set<String> columns(String table) {
    return ledger.withHandle(
        (h, owner) ->
            h.createQuery("SELECT * FROM " + table + " WHERE 1 = 0")
                .scanResultSet(
                    (supplier, ctx) -> {
                      ResultSet rs = supplier.get();
                      Set<String> names = new java.util.TreeSet<>();
                      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        names.add(rs.getMetaData().getColumnName(i).toLowerCase());
                      }
                      return names;
                    }));
  }
}
