package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import needle.NeedleException;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.asks.Suggestion;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.History;
import needle.ledger.Kind;
import needle.ledger.MailMessage;
import needle.ledger.MailStats;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Identity;
import needle.people.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every storage engine must do; one subclass per engine runs it. */
abstract class LedgerContract {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  Ledger ledger;

  abstract Location newLocation();

  @BeforeEach
  void openFreshLedger() {
    ledger = Ledger.open(newLocation());
  }

  String nameOf(String email) {
    return ledger.read(s -> s.personByEmail(email).map(Person::name).orElse(null));
  }

  Person add(String name, String... emails) {
    return ledger.write(s -> s.addPerson(Person.named(name).withEmails(List.of(emails))));
  }

  @Test
  void aPersonIsFoundByNameInAnyCaseAndByEmail() {
    Person ada = add("Ada Lovelace", "Ada@Example.org");

    java.util.Optional<Person> found = ledger.read(s -> s.person("ada lovelace"));
    assertThat(found).contains(ada.withEmails(List.of("ada@example.org")));
    assertThat(ledger.read(s -> s.personByEmail("ADA@example.org")).map(Person::name))
        .contains("Ada Lovelace");
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    add("Ada Lovelace");

    assertThatThrownBy(() -> add("ADA LOVELACE"))
        .isInstanceOf(NeedleException.class)
        .hasMessageContaining("already in the ledger");
    assertThat(ledger.read(LedgerSession::people)).hasSize(1);
  }

  @Test
  void anUnknownPersonIsRefusedWithANearName() {
    add("Grace Hopper");

    assertThatThrownBy(() -> ledger.read(s -> s.requirePerson("Grace Hoper")))
        .isInstanceOf(UnknownPersonException.class)
        .hasMessageContaining("unknown person \"Grace Hoper\"")
        .hasMessageContaining("did you mean \"Grace Hopper\"");
  }

  @Test
  void theAdviceReadsMyDeclinedAsksAndOnePersonsValueEvents() {
    Person greg = add("Greg");
    Person ana = add("Ana");
    ledger.update(
        s -> {
          s.log(ask(greg, DAY.minusDays(9), AskDirection.ASKED, "an intro", Outcome.DECLINED));
          s.log(ask(greg, DAY.minusDays(8), AskDirection.WAS_ASKED, "cover", Outcome.DECLINED));
          s.log(ask(ana, DAY.minusDays(7), AskDirection.ASKED, "a review", Outcome.GRANTED));
          s.log(ask(ana, DAY.minusDays(3), AskDirection.ASKED, "a referral", Outcome.DECLINED));
          s.log(
              new ValueEvent(
                  0, greg.id(), DAY, Direction.GAVE, Kind.ADVICE, null, "pricing", "test"));
          s.log(
              new ValueEvent(0, ana.id(), DAY, Direction.GOT, Kind.JOB, null, "the offer", "test"));
        });

    List<Ask> declined = ledger.read(s -> s.declinedAsks(List.of(greg.id(), ana.id())));
    List<Ask> anas = ledger.read(s -> s.declinedAsks(List.of(ana.id())));
    List<ValueEvent> gregs = ledger.read(s -> s.valuesOf(List.of(greg.id())).get(greg.id()));

    assertThat(declined).extracting(Ask::text).containsExactlyInAnyOrder("an intro", "a referral");
    assertThat(anas).extracting(Ask::text).containsExactly("a referral");
    assertThat(gregs).extracting(ValueEvent::note).containsExactly("pricing");
  }

  private static Ask ask(
      Person p, LocalDate on, AskDirection direction, String text, Outcome outcome) {
    return new Ask(null, p.id(), on, direction, text, outcome, on.plusDays(1), "test");
  }

  @Test
  void entriesRoundTripIntoHistories() {
    Person p = add("Greg");
    ledger.update(
        s -> {
          s.log(new TimeEntry(0, p.id(), DAY, 45, Channel.COFFEE, "cli", "catch-up"));
          s.log(
              new ValueEvent(0, p.id(), DAY, Direction.GOT, Kind.RAISE, null, "pushed it", "cli"));
          s.log(new ValueEvent(0, p.id(), DAY, Direction.GAVE, Kind.TOOL, 4.5, null, "cli"));
          s.log(new Ask(null, p.id(), DAY, AskDirection.ASKED, "intro", Outcome.OPEN, null, "cli"));
        });

    History h = ledger.read(s -> s.history(p));

    assertThat(h.time()).singleElement().satisfies(t -> assertThat(t.minutes()).isEqualTo(45.0));
    assertThat(h.values())
        .extracting(ValueEvent::kind, ValueEvent::points)
        .containsExactly(tuple(Kind.RAISE, null), tuple(Kind.TOOL, 4.5));
    assertThat(h.asks()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("intro"));
  }

  @Test
  void aResolvedAskKeepsItsOutcomeAndDate() {
    Person p = add("Victoria");
    Ask ask =
        ledger.write(
            s ->
                s.log(
                    new Ask(
                        null, p.id(), DAY, AskDirection.ASKED, "a", Outcome.OPEN, null, "cli")));

    ledger.update(s -> s.resolve(ask.id(), Outcome.DECLINED, DAY.plusDays(3)));

    Ask resolved = ledger.read(s -> s.requireAsk(ask.id()));
    assertThat(resolved.outcome()).isEqualTo(Outcome.DECLINED);
    assertThat(resolved.resolvedOn()).isEqualTo(DAY.plusDays(3));
  }

  @Test
  void resolvingAMissingAskSaysSo() {
    assertThatThrownBy(
            () -> ledger.update(s -> s.resolve(new needle.asks.AskId(99), Outcome.GRANTED, DAY)))
        .isInstanceOf(NeedleException.class)
        .hasMessageContaining("there is no ask 99");
  }

  @Test
  void aFailedWriteKeepsNothingOfIt() {
    Person p = add("Linus");

    assertThatThrownBy(
            () ->
                ledger.update(
                    s -> {
                      s.log(new TimeEntry(0, p.id(), DAY, 30, Channel.CALL, "cli", null));
                      s.addPerson(Person.named("linus"));
                    }))
        .isInstanceOf(NeedleException.class);

    assertThat(ledger.read(s -> s.history(p)).time()).isEmpty();
  }

  @Test
  void mergingMovesEntriesAndEmailsAndDeletesTheOther() {
    Person keep = add("Sam Taylor", "sam@work.example");
    Person gone = add("Samuel Taylor", "sam@home.example");
    ledger.update(s -> s.log(new TimeEntry(0, gone.id(), DAY, 60, Channel.LUNCH, "cli", null)));

    Person merged = ledger.write(s -> s.merge(keep, gone));

    assertThat(merged.emails()).containsExactly("sam@work.example", "sam@home.example");
    assertThat(ledger.read(LedgerSession::people))
        .extracting(Person::name)
        .containsExactly("Sam Taylor");
    assertThat(ledger.read(s -> s.history(merged)).time()).hasSize(1);
  }

  @Test
  void anImportKeyIsWrittenOnce() {
    Person p = add("Ken");
    TimeEntry entry = new TimeEntry(0, p.id(), DAY, 5, Channel.EMAIL, "mbox", null);

    boolean first = ledger.write(s -> s.logOnce(entry, "mbox:<1@x>"));
    boolean second = ledger.write(s -> s.logOnce(entry, "mbox:<1@x>"));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(ledger.read(s -> s.history(p)).time()).hasSize(1);
  }

  @Test
  void aBatchOfEntriesAddsThoseWhoseKeysAreNewAndCountsThem() {
    Person p = add("Ken");
    TimeEntry time = new TimeEntry(0, p.id(), DAY, 5, Channel.EMAIL, "mbox", null);
    ValueEvent value =
        new ValueEvent(0, p.id(), DAY, Direction.GAVE, Kind.ADVICE, null, "a tip", "ledger-csv");
    Ask ask =
        new Ask(null, p.id(), DAY, AskDirection.ASKED, "a review", Outcome.OPEN, null, "ledger");
    ledger.write(s -> s.logTimeOnce(List.of(time), List.of("t1")));

    int added =
        ledger.write(
            s ->
                s.logTimeOnce(List.of(time, time, time), List.of("t1", "t2", "t3"))
                    + s.logValuesOnce(List.of(value, value), List.of("v1", "v1#2"))
                    + s.logAsksOnce(List.of(ask), List.of("a1")));
    int again =
        ledger.write(
            s ->
                s.logValuesOnce(List.of(value), List.of("v1"))
                    + s.logAsksOnce(List.of(ask), List.of("a1")));

    History history = ledger.read(s -> s.history(p));
    assertThat(added).isEqualTo(5);
    assertThat(again).isZero();
    assertThat(history.time()).hasSize(3);
    assertThat(history.values()).extracting(ValueEvent::note).containsExactly("a tip", "a tip");
    assertThat(history.asks()).extracting(Ask::text).containsExactly("a review");
  }

  @Test
  void aBatchOfPeopleGetsTheirIdsAndEmailsAndIsUpdatedAsOne() {
    List<Person> added =
        ledger.write(
            s ->
                s.addPeople(
                    List.of(
                        Person.named("Ada").withEmails(List.of("ada@example.org")),
                        Person.named("Grace"),
                        Person.named("Alan").withEmails(List.of("alan@example.org", "at@x.org")))));

    ledger.update(
        s ->
            s.updatePeople(
                List.of(
                    added.get(1).withEmails(List.of("grace@example.org")),
                    added.get(2).withEmails(List.of("at@x.org")))));

    assertThat(added).extracting(p -> p.id() != null).containsOnly(true);
    assertThat(nameOf("ada@example.org")).isEqualTo("Ada");
    assertThat(nameOf("grace@example.org")).isEqualTo("Grace");
    assertThat(nameOf("alan@example.org")).isNull();
    assertThat(ledger.read(s -> s.person("Alan")).orElseThrow().emails())
        .containsExactly("at@x.org");
  }

  @Test
  void aBatchOfMailRecordsNewMessagesWithTheirRecipientsOnly() {
    ledger.write(s -> s.recordMail(mine("<1@me>", SENT, "ann@example.org")));

    int recorded =
        ledger.write(
            s ->
                s.recordAllMail(
                    List.of(
                        mine("<1@me>", SENT, "bob@example.org"),
                        mine("<2@me>", SENT, "ann@example.org", "bob@example.org"),
                        reply("<a2@ann>", "ann@example.org", SENT.plusSeconds(60), "<2@me>"))));

    add("Ann", "ann@example.org");
    add("Bob", "bob@example.org");
    var stats = ledger.read(LedgerSession::mailStats);
    assertThat(recorded).isEqualTo(2);
    assertThat(stats.values()).extracting(MailStats::sent).containsExactlyInAnyOrder(2, 1);
  }

  @Test
  void reopeningAMigratedLedgerKeepsItsData() {
    add("Barbara");
    Location location = lastLocation();

    Ledger again = Ledger.open(location);

    assertThat(again.read(LedgerSession::people))
        .extracting(Person::name)
        .containsExactly("Barbara");
  }

  @Test
  void idsAreCountedPerOwnerAndEntriesShareOneCount() {
    Accounts.add(ledger, "ann", "hash");
    Ledger other = ledger.asOwner(Accounts.add(ledger, "ben", "hash").id());
    Person ada = add("Ada");
    Person cy = other.write(s -> s.addPerson(Person.named("Cy")));
    long time =
        ledger.write(s -> s.log(new TimeEntry(0, ada.id(), DAY, 5, Channel.CALL, null, null))).id();
    long value =
        ledger
            .write(
                s ->
                    s.log(
                        new ValueEvent(
                            0, ada.id(), DAY, Direction.GOT, Kind.JOB, null, null, null)))
            .id();
    long ask =
        ledger
            .write(
                s ->
                    s.log(
                        new Ask(
                            null,
                            ada.id(),
                            DAY,
                            AskDirection.ASKED,
                            "x",
                            Outcome.OPEN,
                            null,
                            null)))
            .id()
            .value();
    long othersTime =
        other.write(s -> s.log(new TimeEntry(0, cy.id(), DAY, 5, Channel.CALL, null, null))).id();

    assertThat(List.of(ada.id().value(), cy.id().value())).containsExactly(1L, 1L);
    assertThat(List.of(time, value, ask, othersTime)).containsExactly(1L, 2L, 3L, 1L);
  }

  @Test
  void aBatchThatAddsNothingGivesItsIdsBack() {
    Person ada = add("Ada");
    TimeEntry entry = new TimeEntry(0, ada.id(), DAY, 5, Channel.EMAIL, "mbox", null);
    ledger.update(s -> s.logTimeOnce(List.of(entry, entry), List.of("k1", "k2")));
    ledger.update(s -> s.logTimeOnce(List.of(entry, entry), List.of("k1", "k2")));

    long next = ledger.write(s -> s.log(entry)).id();

    assertThat(next).as("after the two entries the first import added").isEqualTo(3);
    assertThat(ledger.read(s -> s.history(ada)).time())
        .extracting(TimeEntry::id)
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void aBackupFromBeforeSharedEntryIdsIsNumberedApart() {
    Person ada =
        new Person(
            new needle.people.PersonId(1),
            "Ada",
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of(),
            null,
            List.of(),
            null,
            null,
            null);
    Snapshot old =
        new Snapshot(
            List.of(ada),
            List.of(
                new Snapshot.Keyed<>(
                    new TimeEntry(2, ada.id(), DAY, 5, Channel.CALL, null, null), null),
                new Snapshot.Keyed<>(
                    new TimeEntry(1, ada.id(), DAY, 9, Channel.CALL, null, null), "k")),
            List.of(
                new Snapshot.Keyed<>(
                    new ValueEvent(1, ada.id(), DAY, Direction.GOT, Kind.JOB, null, null, null),
                    null)),
            List.of(
                new Snapshot.Keyed<>(
                    new Ask(
                        new needle.asks.AskId(2),
                        ada.id(),
                        DAY,
                        AskDirection.ASKED,
                        "x",
                        Outcome.OPEN,
                        null,
                        null),
                    null)),
            List.of());

    Backup.restore(ledger, old, false);

    History h = ledger.read(s -> s.history(s.requirePerson("Ada")));
    assertThat(h.asks()).extracting(a -> a.id().value()).containsExactly(2L);
    assertThat(h.time())
        .extracting(TimeEntry::id, TimeEntry::minutes)
        .containsExactlyInAnyOrder(tuple(3L, 9.0), tuple(4L, 5.0));
    assertThat(h.values()).extracting(ValueEvent::id).containsExactly(5L);
    assertThat(
            ledger
                .write(s -> s.log(new TimeEntry(0, ada.id(), DAY, 1, Channel.CALL, null, null)))
                .id())
        .isEqualTo(6);
  }

  @Test
  void theOwnerIsKeptAndNeverAmongTheRelationships() {
    add("Ada at home", "ada@home.example");
    add("Bob Stone", "bob@example.org");
    Identity me =
        new Identity(
            "Ada Lovelace",
            List.of("Ada@Work.example", "ada@home.example"),
            "https://www.linkedin.com/in/ada");

    ledger.write(s -> s.saveMe(me));

    assertThat(ledger.read(LedgerSession::me))
        .isEqualTo(
            new Identity(
                "Ada Lovelace",
                List.of("ada@work.example", "ada@home.example"),
                "https://www.linkedin.com/in/ada"));
    assertThat(ledger.read(LedgerSession::others))
        .extracting(Person::name)
        .containsExactly("Bob Stone");
    assertThat(ledger.read(LedgerSession::people)).hasSize(2);
    assertThat(ledger.standing(DAY, needle.scoring.Policy.defaults()).orElseThrow().relationships())
        .extracting(r -> r.person().name())
        .containsExactly("Bob Stone");
    Accounts.add(ledger, "ada", "hash"); // the first account is the command line's ledger
    Ledger ben = ledger.asOwner(Accounts.add(ledger, "ben", "hash").id());
    assertThat(ben.read(LedgerSession::me)).isEqualTo(Identity.NOBODY);
  }

  @Test
  void theDetailsTypedByHandAreKeptWithThePerson() {
    Person typed =
        Person.named("Ada").withTitle("CEO").toBuilder()
            .typed(java.util.Set.of(Person.Field.TITLE, Person.Field.LINKEDIN))
            .build();

    Person saved = ledger.write(s -> s.addPerson(typed));
    ledger.write(s -> s.updatePerson(saved.withCompany("Analytical Engines")));

    assertThat(ledger.read(s -> s.requirePerson("Ada")).typed())
        .containsExactlyInAnyOrder(Person.Field.TITLE, Person.Field.LINKEDIN);
  }

  @Test
  void aLedgerFromANewerNeedleIsRefused() {
    Location location = lastLocation();
    TestDatabases.execute(
        location,
        "INSERT INTO flyway_schema_history (installed_rank, version,"
            + " description, type, script, installed_by, execution_time, success) VALUES"
            + " (99, '99', 'future', 'SQL', 'V99__future.sql', 'x', 0, true)");

    assertThatThrownBy(() -> Ledger.open(location))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining(
            "written by a newer Needle (schema version 99; this Needle knows up to "
                + Database.SCHEMA_VERSION
                + ")");
  }

  abstract Location lastLocation();

  private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");

  private static MailMessage mine(String id, Instant at, String... to) {
    return new MailMessage(id, true, "me@example.org", at, null, null, false, List.of(to));
  }

  private static MailMessage reply(String id, String from, Instant at, String inReplyTo) {
    return new MailMessage(id, false, from, at, inReplyTo, null, true, List.of());
  }

  @Test
  void anAskFoundInMailIsKeptOncePerMessageAndAddressAndDecidedOnce() {
    Suggestion toAnn =
        Suggestion.found("ann@example.org", "<1@me>", SENT, DAY, "Could you send the deck?");
    Suggestion toBob =
        Suggestion.found("bob@example.org", "<1@me>", SENT, DAY, "Could you send the deck?");

    int added = ledger.write("import", s -> s.suggestAll(List.of(toAnn, toBob)));
    int again = ledger.write("import again", s -> s.suggestAll(List.of(toAnn)));
    assertThat(List.of(added, again)).containsExactly(2, 0);
    List<Suggestion> waiting = ledger.read(s -> s.suggestions(Suggestion.State.SUGGESTED));
    assertThat(waiting)
        .extracting(Suggestion::id, Suggestion::address, Suggestion::text)
        .containsExactly(
            tuple(1L, "ann@example.org", "Could you send the deck?"),
            tuple(2L, "bob@example.org", "Could you send the deck?"));

    Suggestion first = waiting.get(0);
    boolean dismissed =
        ledger.write("dismiss", s -> s.decide(first, Suggestion.State.DISMISSED, null));
    boolean twice = ledger.write("dismiss", s -> s.decide(first, Suggestion.State.DISMISSED, null));
    int afterDismissal = ledger.write("import again", s -> s.suggestAll(List.of(toAnn)));
    assertThat(List.of(dismissed, twice)).as("decided once").containsExactly(true, false);
    assertThat(afterDismissal).isZero();
    List<Suggestion> byId = ledger.read(s -> s.suggestions(List.of(1L, 2L, 9L)));
    assertThat(byId)
        .extracting(Suggestion::state)
        .containsExactly(Suggestion.State.DISMISSED, Suggestion.State.SUGGESTED);
  }

  @Test
  void aBackupKeepsTheAsksFoundInMailWhateverBecameOfThem() {
    Person ann = add("Ann Koehler", "ann@example.org");
    Ask ask =
        ledger.write(
            s ->
                s.log(
                    new Ask(
                        null,
                        ann.id(),
                        DAY,
                        AskDirection.ASKED,
                        "deck?",
                        Outcome.OPEN,
                        null,
                        "mail")));
    ledger.write(
        "import",
        s ->
            s.suggestAll(
                List.of(
                    Suggestion.found("ann@example.org", "<1@me>", SENT, DAY, "deck?"),
                    Suggestion.found("ann@example.org", "<2@me>", SENT, DAY, "call?"))));
    ledger.write(
        "accept",
        s -> s.decide(s.suggestions(List.of(1L)).get(0), Suggestion.State.ACCEPTED, ask.id()));
    Snapshot before = Backup.take(ledger);

    Backup.restore(ledger, before, true);

    assertThat(Backup.take(ledger).suggestions())
        .isEqualTo(before.suggestions())
        .extracting(Suggestion::state, Suggestion::ask)
        .containsExactly(
            tuple(Suggestion.State.ACCEPTED, ask.id()), tuple(Suggestion.State.SUGGESTED, null));
  }

  @Test
  void aMailMessageIsRecordedOncePerMessageId() {
    MailMessage m = mine("<1@me>", SENT, "ann@example.org");

    boolean first = ledger.write(s -> s.recordMail(m));
    boolean again = ledger.write(s -> s.recordMail(m));

    assertThat(first).isTrue();
    assertThat(again).isFalse();
  }

  @Test
  void replyRateAndMedianLatencyComeFromRepliesToMyMail() {
    Person ann = add("Ann", "ann@example.org");
    Person bob = add("Bob", "bob@example.org");
    ledger.update(
        s -> {
          s.recordMail(mine("<1@me>", SENT, "ann@example.org", "bob@example.org"));
          s.recordMail(mine("<2@me>", SENT.plus(Duration.ofDays(1)), "ann@example.org"));
          s.recordMail(reply("<a1@ann>", "ann@example.org", SENT.plusSeconds(2 * 3600), "<1@me>"));
          s.recordMail(
              reply("<a2@ann>", "ann@example.org", SENT.plus(Duration.ofHours(28)), "<2@me>"));
        });

    var stats = ledger.read(LedgerSession::mailStats);

    assertThat(stats.get(ann.id()))
        .isEqualTo(new MailStats(ann.id(), 2, 2, 1.0, Duration.ofHours(3)));
    assertThat(stats.get(bob.id())).isEqualTo(new MailStats(bob.id(), 1, 0, 0.0, null));
    assertThat(ledger.read(s -> s.history(ann)).replyRate()).isEqualTo(1.0);
    assertThat(ledger.read(s -> s.history(bob)).replyRate()).isEqualTo(0.0);
  }

  @Test
  void replyStatsFollowAddressesIntoAMerge() {
    Person keep = add("Ann", "ann@work.example");
    Person gone = add("Ann Home", "ann@home.example");
    ledger.update(
        s -> {
          s.recordMail(mine("<1@me>", SENT, "ann@home.example"));
          s.recordMail(reply("<a1@ann>", "ann@home.example", SENT.plusSeconds(60), "<1@me>"));
        });

    Person merged = ledger.write(s -> s.merge(keep, gone));

    assertThat(ledger.read(LedgerSession::mailStats).get(merged.id()).replied()).isEqualTo(1);
  }

  @Test
  void aSessionIsFoundByItsTokenUntilItExpiresOrCloses() {
    Accounts.Account ada = Accounts.add(ledger, "ada", "$argon2id$hash");
    Sessions sessions = new Sessions(ledger, java.time.Duration.ofHours(8));
    java.time.Instant now = java.time.Instant.parse("2026-11-30T10:00:00Z");

    Sessions.Session session = sessions.open(ada, now);

    assertThat(sessions.find(session.token(), now.plusSeconds(60)))
        .hasValueSatisfying(s -> assertThat(s.csrf()).isEqualTo(session.csrf()))
        .hasValueSatisfying(s -> assertThat(s.user()).isEqualTo("ada"));
    assertThat(sessions.find(session.token(), now.plus(java.time.Duration.ofHours(9)))).isEmpty();
    assertThat(sessions.find("forged", now)).isEmpty();
    sessions.close(session.token());
    assertThat(sessions.find(session.token(), now)).isEmpty();
  }

  @Test
  void eachAccountHasALedgerOfItsOwn() {
    add("Greta");
    Accounts.Account first = Accounts.add(ledger, "ada", "$argon2id$a");
    Accounts.Account second = Accounts.add(ledger, "grace", "$argon2id$b");

    ledger.asOwner(second.id()).update(s -> s.addPerson(Person.named("Greta")));

    assertThat(first.id()).isEqualTo(Ledger.DEFAULT_OWNER);
    assertThat(Accounts.find(ledger, "Grace")).contains(second);
    assertThat(ledger.asOwner(second.id()).read(LedgerSession::people)).hasSize(1);
    assertThat(ledger.read(LedgerSession::people)).hasSize(1);
  }
}
