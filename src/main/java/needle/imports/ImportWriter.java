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
import needle.NeedleException;
import needle.asks.Ask;
import needle.asks.Outcome;
import needle.imports.PeopleIndex.Slot;
import needle.ledger.MailMessage;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;

/**
 * Writes a file to the ledger in one transaction while it is read: people are matched by e-mail,
 * then LinkedIn URL, then exact name, against the ledger's people read once at the start, and gain
 * the details they lacked; entries go in batches, and those already imported are left alone. A
 * failure, in the file or in the ledger, keeps nothing of the file.
 */
public final class ImportWriter {
  /** Rows per batch: large enough that a statement's cost is spread, small enough to hold. */
  static final int BATCH = 2000;

  private final Ledger ledger;

  public ImportWriter(Ledger ledger) {
    this.ledger = ledger;
  }

  public ImportResult write(ImportFeed feed) {
    return ledger.write(
        "import " + feed.file().replaceAll(".*[/\\\\]", ""),
        session -> {
          Run run = new Run(session, feed.source());
          feed.sendTo(run);
          return run.finish(feed.file());
        });
  }

  /** One file being written: remembers whom each contact became, and what waits in a batch. */
  private static final class Run implements ImportSink {
    private final LedgerSession session;
    private final String source;
    private final PeopleIndex index;
    private final Map<Contact, Slot> resolved = new IdentityHashMap<>();
    private final List<Slot> toCreate = new ArrayList<>();
    private final LinkedHashSet<Slot> toUpdate = new LinkedHashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<MailMessage> mail = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final LinkedHashSet<Slot> created = new LinkedHashSet<>();
    private final LinkedHashSet<Slot> updated = new LinkedHashSet<>();
    private int added;
    private int alreadyThere;
    private int messages;

    Run(LedgerSession session, String source) {
      this.session = session;
      this.source = source;
      this.index = new PeopleIndex(session.people());
    }

    @Override
    public void contact(Contact contact) {
      slot(contact);
      flushWhenFull();
    }

    @Override
    public void entry(Entry entry) {
      slot(entry.who());
      entries.add(entry);
      flushWhenFull();
    }

    @Override
    public void mail(MailMessage message) {
      mail.add(message);
      flushWhenFull();
    }

    @Override
    public void skip(Skipped s) {
      skipped.add(s);
    }

    @Override
    public void named(Contact first, Contact named) {
      Slot slot = resolved.get(first);
      if (slot == null) {
        slot(named);
        return;
      }
      resolved.put(named, slot);
      if (created.contains(slot) && slot.person().name().equals(displayName(first))) {
        flush();
        new Renaming(session, index, resolved, created, updated).rename(slot, named.name());
      }
    }

    ImportResult finish(String file) {
      flush();
      updated.removeAll(created);
      return new ImportResult(
          file, names(created), names(updated), added, alreadyThere, messages, skipped);
    }

    private void flushWhenFull() {
      int waiting = Math.max(toCreate.size() + toUpdate.size(), entries.size());
      if (waiting >= BATCH || mail.size() >= BATCH) {
        flush();
      }
    }

    /** Writes what waits: new people first, as the entries name them by id. */
    private void flush() {
      List<Person> saved = session.addPeople(toCreate.stream().map(Slot::person).toList());
      for (int i = 0; i < saved.size(); i++) {
        index.change(toCreate.get(i), saved.get(i));
      }
      toCreate.clear();
      session.updatePeople(toUpdate.stream().map(Slot::person).toList());
      toUpdate.clear();
      writeEntries();
      messages += session.recordAllMail(mail);
      mail.clear();
    }

    private void writeEntries() {
      Rows<TimeEntry> time = new Rows<>();
      Rows<ValueEvent> values = new Rows<>();
      Rows<Ask> asks = new Rows<>();
      for (Entry entry : entries) {
        Person p = resolved.get(entry.who()).person();
        if (entry instanceof Entry.Time t) {
          time.add(
              new TimeEntry(0, p.id(), t.on(), t.minutes(), t.channel(), source, t.note()),
              t.key());
        } else if (entry instanceof Entry.Value v) {
          values.add(
              new ValueEvent(
                  0, p.id(), v.on(), v.direction(), v.kind(), v.points(), v.note(), source),
              v.key());
        } else {
          Entry.Request r = (Entry.Request) entry;
          LocalDate resolvedOn = r.outcome() == Outcome.OPEN ? null : r.on();
          asks.add(
              new Ask(
                  null, p.id(), r.on(), r.direction(), r.text(), r.outcome(), resolvedOn, source),
              r.key());
        }
      }
      int written =
          session.logTimeOnce(time.rows, time.keys)
              + session.logValuesOnce(values.rows, values.keys)
              + session.logAsksOnce(asks.rows, asks.keys);
      added += written;
      alreadyThere += entries.size() - written;
      entries.clear();
    }

    private Slot slot(Contact c) {
      Slot known = resolved.get(c);
      if (known != null) {
        return known;
      }
      Slot slot = find(c).map(existing -> enrich(existing, c)).orElseGet(() -> create(c));
      resolved.put(c, slot);
      return slot;
    }

    private Optional<Slot> find(Contact c) {
      for (String email : c.emails()) {
        Optional<Slot> byEmail = index.byEmail(email);
        if (byEmail.isPresent()) {
          return byEmail;
        }
      }
      Optional<Slot> byUrl = index.byLinkedin(c.linkedin());
      if (byUrl.isPresent()) {
        return byUrl;
      }
      return c.name() == null ? Optional.empty() : index.byName(c.name());
    }

    private Slot create(Contact c) {
      String name = displayName(c);
      index
          .byName(name)
          .ifPresent(
              p -> {
                throw new NeedleException(
                    "\""
                        + p.person().name()
                        + "\" is already in the ledger (use person edit to change them)");
              });
      Slot slot = index.add(new Slot(details(Person.named(name), null, c)));
      toCreate.add(slot);
      created.add(slot);
      return slot;
    }

    private Slot enrich(Slot existing, Contact c) {
      Person richer = details(existing.person(), existing, c);
      if (richer.equals(existing.person())) {
        return existing;
      }
      updated.add(existing);
      index.change(existing, richer);
      if (existing.saved()) {
        toUpdate.add(existing);
      }
      return existing;
    }

    /**
     * {@code p} (held by {@code slot}, or new) with the details of {@code c} it lacks; e-mails
     * others have are left out.
     */
    private Person details(Person p, Slot slot, Contact c) {
      List<String> emails = new ArrayList<>(p.emails());
      for (String email : c.emails()) {
        String lower = email.toLowerCase(Locale.ROOT);
        boolean free = index.byEmail(lower).map(o -> o == slot).orElse(true);
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
              List.of(source),
              null,
              null,
              c.firstMet());
      return p.mergedWith(incoming).withEmails(emails);
    }

    private static List<String> names(LinkedHashSet<Slot> slots) {
      return slots.stream().map(s -> s.person().name()).toList();
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

  /** Entries of one table waiting for a batch, with their keys in the same order. */
  private static final class Rows<T> {
    private final List<T> rows = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    void add(T row, String key) {
      rows.add(row);
      keys.add(key);
    }
  }
}
