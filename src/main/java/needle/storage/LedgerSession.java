package needle.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import needle.NeedleException;
import needle.asks.Ask;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.asks.Suggestion;
import needle.ledger.History;
import needle.ledger.MailMessage;
import needle.ledger.MailStats;
import needle.ledger.Replies;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Identity;
import needle.people.Person;
import needle.people.PersonId;
import org.jdbi.v3.core.Handle;

/** What can be read from and written to a ledger, on one connection. */
public final class LedgerSession {
  private final Handle handle;
  private final long owner;
  private final PeopleTable people;
  private final EntriesTable entries;
  private final MailTable mail;
  private final SuggestionsTable suggestions;
  private final Tallies tallies;
  private final Ids ids;
  private final LateIndexes late;
  private final Changes changes;

  /**
   * {@code tallies} keeps the read model in step with what this session writes; {@code ids} hands
   * out the ids of the rows it adds; {@code changes} is the undo journal's step it writes, or null
   * for a session that only reads.
   */
  LedgerSession(Handle handle, long owner, Tallies tallies, Ids ids, Changes changes) {
    this.handle = handle;
    this.owner = owner;
    this.people = new PeopleTable(handle, owner, ids);
    this.late = new LateIndexes(handle);
    this.entries = new EntriesTable(handle, owner, tallies, ids, late);
    this.mail = new MailTable(handle, owner, changes == null ? null : changes.step());
    this.suggestions = new SuggestionsTable(handle, owner, changes == null ? null : changes.step());
    this.tallies = tallies;
    this.ids = ids;
    this.changes = changes;
  }

  /**
   * Writes what the read model summed, the undo journal's step and the ids handed out; called as
   * the transaction ends.
   */
  void finish() {
    late.buildAll();
    tallies.flush();
    changes.finish(ids);
    ids.flush();
  }

  /**
   * Names this write in the undo journal ("log 30 min with Ada Lovelace"), when the name it was
   * begun with says less.
   */
  public void describe(String label) {
    changes().label(label);
  }

  /** The undo journal of this write; a session that only reads has none, and cannot write. */
  private Changes changes() {
    if (changes == null) {
      throw new IllegalStateException("a read-only session cannot write rows");
    }
    return changes;
  }

  public List<Person> people() {
    return people.all();
  }

  /** Everyone but the owner, whom an e-mail address or LinkedIn URL of theirs may name. */
  public List<Person> others() {
    return MeTable.others(people.all(), me());
  }

  /** Who the ledger's owner is. */
  public Identity me() {
    return new MeTable(handle, owner).read();
  }

  public Identity saveMe(Identity me) {
    new MeTable(handle, owner).write(me);
    return me;
  }

  public Optional<Person> person(String name) {
    return people.byName(name);
  }

  public Optional<Person> person(PersonId id) {
    return people.byId(id);
  }

  public Optional<Person> personByEmail(String email) {
    return people.byEmail(email);
  }

  public Optional<Person> personByLinkedin(String url) {
    return url == null || url.isBlank() ? Optional.empty() : people.byLinkedin(url);
  }

  /** The person called {@code name} (any case), or an error that says how to add them. */
  public Person requirePerson(String name) {
    return person(name).orElseThrow(() -> new UnknownPersonException(name, nearNames(name)));
  }

  public Person addPerson(Person person) {
    if (person.name() == null || person.name().isBlank()) {
      throw new NeedleException("a person needs a name (expected e.g. \"Ada Lovelace\")");
    }
    person(person.name())
        .ifPresent(
            p -> {
              throw new NeedleException(
                  "\""
                      + p.name()
                      + "\" is already in the ledger (edit them, or give the new one another name)");
            });
    checkEmailsFree(person);
    return people.insert(person);
  }

  public Person updatePerson(Person person) {
    person(person.name())
        .filter(other -> !other.id().equals(person.id()))
        .ifPresent(
            other -> {
              throw new NeedleException(
                  "\""
                      + other.name()
                      + "\" is already in the ledger (choose another name, or merge the two)");
            });
    checkEmailsFree(person);
    changes().beforePerson(person.id());
    people.update(person);
    return person;
  }

  /**
   * Adds new people in one batch and answers them with their ids. Unlike {@link #addPerson}, it
   * does not look up each name and e-mail first: the caller has checked them against the people it
   * read (as an import does), and the database still refuses a name or an e-mail taken twice.
   */
  public List<Person> addPeople(List<Person> newPeople) {
    return newPeople.isEmpty() ? List.of() : people.insertAll(newPeople);
  }

  /** Writes changed people in one batch, checked by the caller as for {@link #addPeople}. */
  public void updatePeople(List<Person> changed) {
    if (!changed.isEmpty()) {
      changes().beforePeople(changed.stream().map(Person::id).toList());
      people.updateAll(changed);
    }
  }

  /** Folds {@code gone} into {@code keep}: entries, emails and details; {@code gone} is deleted. */
  public Person merge(Person keep, Person gone) {
    if (keep.id().equals(gone.id())) {
      throw new NeedleException("cannot merge \"" + keep.name() + "\" into themselves");
    }
    late.buildAll(); // finding a person's entries needs the index of them
    changes().beforePeople(List.of(keep.id(), gone.id()));
    changes().beforeEntriesOf(gone.id());
    entries.reassign(gone.id(), keep.id());
    tallies.rebuild(keep.id());
    tallies.rebuild(gone.id());
    people.delete(gone.id());
    Person merged = keep.mergedWith(gone);
    people.update(merged);
    return merged;
  }

  public TimeEntry log(TimeEntry entry) {
    return entries.insert(entry, null);
  }

  public ValueEvent log(ValueEvent event) {
    return entries.insert(event, null);
  }

  public Ask log(Ask ask) {
    return entries.insert(ask, null);
  }

  /** Adds the entry unless an import already wrote one with {@code key}; true when added. */
  public boolean logOnce(TimeEntry entry, String key) {
    return logTimeOnce(List.of(entry), List.of(key)) == 1;
  }

  public boolean logOnce(ValueEvent event, String key) {
    return logValuesOnce(List.of(event), List.of(key)) == 1;
  }

  public boolean logOnce(Ask ask, String key) {
    return logAsksOnce(List.of(ask), List.of(key)) == 1;
  }

  /**
   * Adds each entry unless an import already wrote one with its key ({@code keys} in the same
   * order), in one batch; answers how many were added.
   */
  public int logTimeOnce(List<TimeEntry> entries, List<String> keys) {
    return entries.isEmpty() ? 0 : this.entries.insertAllTime(entries, keys);
  }

  public int logValuesOnce(List<ValueEvent> events, List<String> keys) {
    return events.isEmpty() ? 0 : entries.insertAllValues(events, keys);
  }

  public int logAsksOnce(List<Ask> asks, List<String> keys) {
    return asks.isEmpty() ? 0 : entries.insertAllAsks(asks, keys);
  }

  public Optional<Ask> ask(AskId id) {
    return entries.ask(id);
  }

  public Ask requireAsk(AskId id) {
    return ask(id)
        .orElseThrow(
            () ->
                new NeedleException("there is no ask " + id + " (see the ids with: needle asks)"));
  }

  public Ask resolve(AskId id, Outcome outcome, java.time.LocalDate on) {
    Ask ask = requireAsk(id);
    if (on.isBefore(ask.on())) {
      throw new NeedleException(
          "ask "
              + id
              + " was made on "
              + ask.on()
              + ", so it cannot be resolved on "
              + on
              + " (expected a date on or after "
              + ask.on()
              + ")");
    }
    changes().beforeEntry("ask", id.value());
    entries.resolve(id, outcome, on);
    return requireAsk(id);
  }

  /** Deletes {@code person} with every entry of theirs. */
  public void deletePerson(Person person) {
    late.buildAll();
    changes().beforePerson(person.id());
    changes().beforeEntriesOf(person.id());
    entries.deleteAllOf(person.id());
    people.delete(person.id());
    tallies.rebuild(person.id());
  }

  public Optional<TimeEntry> timeEntry(long id) {
    return entries.timeEntry(id);
  }

  public Optional<ValueEvent> valueEvent(long id) {
    return entries.valueEvent(id);
  }

  /** Writes a changed time entry (its id says which) and puts the read model right. */
  public TimeEntry update(TimeEntry changed) {
    late.buildAll();
    TimeEntry before = entries.timeEntry(changed.id()).orElseThrow();
    changes().beforeEntry("time_entry", changed.id());
    entries.update(changed);
    tallies.rebuild(before.person());
    tallies.rebuild(changed.person());
    return changed;
  }

  public ValueEvent update(ValueEvent changed) {
    late.buildAll();
    ValueEvent before = entries.valueEvent(changed.id()).orElseThrow();
    changes().beforeEntry("value_event", changed.id());
    entries.update(changed);
    tallies.rebuild(before.person());
    tallies.rebuild(changed.person());
    return changed;
  }

  public Ask update(Ask changed) {
    changes().beforeEntry("ask", changed.id().value());
    entries.update(changed);
    return requireAsk(changed.id());
  }

  /** Deletes the time entry, value event or ask with {@code id}; false when there is none. */
  public boolean deleteEntry(long id) {
    late.buildAll();
    for (String table : Changes.ENTRY_TABLES) {
      Optional<PersonId> person = entries.personOf(table, id);
      if (person.isPresent()) {
        changes().beforeEntry(table, id);
        entries.delete(table, id);
        tallies.rebuild(person.get());
        return true;
      }
    }
    return false;
  }

  public List<Ask> asks() {
    return entries.asks();
  }

  /** My asks to {@code people} that were answered with a candid no (declined), in no order. */
  public List<Ask> declinedAsks(Collection<PersonId> people) {
    late.buildAll(); // finding a person's entries needs the index of them
    return entries.declinedAsks(people);
  }

  /**
   * The value events of {@code people} by person, each list oldest first: what reasons quote for
   * the few rows a listing shows.
   */
  public Map<PersonId, List<ValueEvent>> valuesOf(Collection<PersonId> people) {
    late.buildAll(); // finding a person's entries needs the index of them
    Map<PersonId, List<ValueEvent>> byPerson = new java.util.HashMap<>();
    for (ValueEvent v : entries.valuesOf(people)) {
      byPerson.computeIfAbsent(v.person(), k -> new ArrayList<>()).add(v);
    }
    byPerson.values().forEach(l -> l.sort(BY_DAY));
    return byPerson;
  }

  private static final java.util.Comparator<ValueEvent> BY_DAY =
      java.util.Comparator.comparing(ValueEvent::on).thenComparingLong(ValueEvent::id);

  /** Records an e-mail for reply rates unless its Message-ID is known; true when recorded. */
  public boolean recordMail(MailMessage message) {
    return recordAllMail(List.of(message)) == 1;
  }

  /** Records each e-mail whose Message-ID is not known yet, in one batch; answers how many. */
  public int recordAllMail(List<MailMessage> messages) {
    return messages.isEmpty() ? 0 : mail.insertAll(messages);
  }

  /**
   * Records each ask found in mail unless one for its message and address is there, whatever became
   * of it: an import found again is no new suggestion, and a dismissed one stays dismissed. Answers
   * how many were recorded.
   */
  public int suggestAll(List<Suggestion> found) {
    if (found.isEmpty()) {
      return 0;
    }
    changes().changed();
    return suggestions.insertAll(found);
  }

  /** The asks found in mail that are in {@code state} (all of them for null), oldest first. */
  public List<Suggestion> suggestions(Suggestion.State state) {
    return suggestions.all(state);
  }

  /** The asks found in mail with these ids, in id order; unknown ids are left out. */
  public List<Suggestion> suggestions(Collection<Long> ids) {
    return suggestions.byIds(ids);
  }

  /**
   * Accepts (with the ask it became) or dismisses a suggestion still waiting; false when it was
   * decided already. Undo puts it back as it was.
   */
  public boolean decide(Suggestion suggestion, Suggestion.State state, AskId ask) {
    changes().changed();
    return suggestions.decide(suggestion.id(), state, ask);
  }

  /**
   * The first reply of each person to each of my messages, and each address's person: what tells
   * whether an ask found in mail was answered.
   */
  public Replies.Answers answers() {
    Map<String, PersonId> addresses = mail.addresses();
    return Replies.answers(mail.all(), addresses::get);
  }

  /** Reply rate and median reply latency of everyone I have e-mailed. */
  public Map<PersonId, MailStats> mailStats() {
    Map<String, PersonId> addresses = mail.addresses();
    return Replies.of(mail.all(), addresses::get);
  }

  /** Every relationship with all its entries: the input to scoring. */
  public List<History> histories() {
    Map<PersonId, List<TimeEntry>> time = byPerson(entries.time(null), TimeEntry::person);
    Map<PersonId, List<ValueEvent>> values = byPerson(entries.values(null), ValueEvent::person);
    Map<PersonId, List<Ask>> asks = byPerson(entries.asks(), Ask::person);
    Map<PersonId, MailStats> replies = mailStats();
    List<History> histories = new ArrayList<>();
    for (Person p : others()) {
      MailStats stats = replies.get(p.id());
      histories.add(
          new History(
              p,
              time.getOrDefault(p.id(), List.of()),
              values.getOrDefault(p.id(), List.of()),
              asks.getOrDefault(p.id(), List.of()),
              stats == null ? null : stats.replyRate()));
    }
    return histories;
  }

  /** One relationship with all its entries, read for that person alone. */
  public History history(Person person) {
    late.buildAll();
    MailStats stats = mailStats().get(person.id());
    return new History(
        person,
        entries.time(person.id()),
        entries.values(person.id()),
        entries.asksOf(person.id()),
        stats == null ? null : stats.replyRate());
  }

  private void checkEmailsFree(Person person) {
    for (String email : person.emails()) {
      personByEmail(email)
          .filter(owner -> !owner.id().equals(person.id()))
          .ifPresent(
              owner -> {
                throw new NeedleException(
                    "the e-mail "
                        + email
                        + " already belongs to \""
                        + owner.name()
                        + "\" (merge the two if they are the same person)");
              });
    }
  }

  /** Up to three known names to suggest for {@code name}, best first ({@link NameDistance}). */
  private List<String> nearNames(String name) {
    return NameDistance.suggestions(people().stream().map(Person::name).toList(), name, 3);
  }

  private static <T> Map<PersonId, List<T>> byPerson(
      Collection<T> rows, java.util.function.Function<T, PersonId> key) {
    return rows.stream().collect(Collectors.groupingBy(key));
  }
}
