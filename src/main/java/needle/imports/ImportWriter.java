package needle.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import needle.asks.Ask;
import needle.asks.Outcome;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;

/**
 * Writes an {@link ImportBatch} to the ledger in one transaction: people are matched by e-mail,
 * then LinkedIn URL, then exact name, and gain the details they lacked; entries already imported
 * are left alone. A failure keeps nothing of the file.
 */
public final class ImportWriter {
  private final Ledger ledger;

  public ImportWriter(Ledger ledger) {
    this.ledger = ledger;
  }

  public ImportResult write(ImportBatch batch) {
    return ledger.write(session -> new Run(session, batch).apply());
  }

  /** One batch being written: remembers whom each contact became. */
  private static final class Run {
    private final LedgerSession session;
    private final ImportBatch batch;
    private final Map<Contact, Person> resolved = new IdentityHashMap<>();
    private final LinkedHashSet<String> created = new LinkedHashSet<>();
    private final LinkedHashSet<String> updated = new LinkedHashSet<>();
    private int added;
    private int alreadyThere;

    Run(LedgerSession session, ImportBatch batch) {
      this.session = session;
      this.batch = batch;
    }

    ImportResult apply() {
      batch.contacts().forEach(this::person);
      batch.entries().forEach(this::entry);
      int messages = (int) batch.mail().stream().filter(session::recordMail).count();
      updated.removeAll(created);
      return new ImportResult(
          batch.file(),
          List.copyOf(created),
          List.copyOf(updated),
          added,
          alreadyThere,
          messages,
          batch.skipped());
    }

    private void entry(Entry entry) {
      Person p = person(entry.who());
      if (log(p, entry)) {
        added++;
      } else {
        alreadyThere++;
      }
    }

    private boolean log(Person p, Entry entry) {
      String source = batch.source();
      if (entry instanceof Entry.Time t) {
        return session.logOnce(
            new TimeEntry(0, p.id(), t.on(), t.minutes(), t.channel(), source, t.note()), t.key());
      }
      if (entry instanceof Entry.Value v) {
        return session.logOnce(
            new ValueEvent(
                0, p.id(), v.on(), v.direction(), v.kind(), v.points(), v.note(), source),
            v.key());
      }
      Entry.Request r = (Entry.Request) entry;
      LocalDate resolvedOn = r.outcome() == Outcome.OPEN ? null : r.on();
      return session.logOnce(
          new Ask(null, p.id(), r.on(), r.direction(), r.text(), r.outcome(), resolvedOn, source),
          r.key());
    }

    private Person person(Contact c) {
      Person known = resolved.get(c);
      if (known != null) {
        return known;
      }
      Person p = find(c).map(existing -> enrich(existing, c)).orElseGet(() -> create(c));
      resolved.put(c, p);
      return p;
    }

    private Optional<Person> find(Contact c) {
      for (String email : c.emails()) {
        Optional<Person> byEmail = session.personByEmail(email);
        if (byEmail.isPresent()) {
          return byEmail;
        }
      }
      Optional<Person> byUrl = session.personByLinkedin(c.linkedin());
      if (byUrl.isPresent()) {
        return byUrl;
      }
      return c.name() == null ? Optional.empty() : session.person(c.name());
    }

    private Person create(Contact c) {
      Person p = session.addPerson(details(Person.named(displayName(c)), c));
      created.add(p.name());
      return p;
    }

    private Person enrich(Person existing, Contact c) {
      Person richer = details(existing, c);
      if (richer.equals(existing)) {
        return existing;
      }
      updated.add(existing.name());
      return session.updatePerson(richer);
    }

    /** {@code p} with the details of {@code c} it lacks; e-mails owned by others are left out. */
    private Person details(Person p, Contact c) {
      List<String> emails = new ArrayList<>(p.emails());
      for (String email : c.emails()) {
        String lower = email.toLowerCase(Locale.ROOT);
        boolean free = session.personByEmail(lower).map(o -> o.id().equals(p.id())).orElse(true);
        if (free && !emails.contains(lower)) {
          emails.add(lower);
        }
      }
      Person incoming =
          new Person(
              null,
              p.name(),
              c.title(),
              c.company(),
              emails,
              c.phones(),
              c.linkedin(),
              c.tags(),
              p.notes() == null ? c.notes() : null,
              List.of(batch.source()),
              null,
              null,
              c.firstMet());
      return p.mergedWith(incoming).withEmails(emails);
    }

    private static String displayName(Contact c) {
      if (c.name() != null) {
        return c.name();
      }
      if (!c.emails().isEmpty()) {
        return c.emails().get(0).toLowerCase(Locale.ROOT);
      }
      return Objects.requireNonNullElse(c.linkedin(), "unnamed (line " + c.line() + ")");
    }
  }
}
