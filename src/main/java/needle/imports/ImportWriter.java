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
import needle.asks.Suggestion;
import needle.imports.PeopleIndex.Slot;
import needle.ledger.MailMessage;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Identity;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;

/**
 * Writes a file to the ledger in one transaction while it is read: people are matched by e-mail,
 * then LinkedIn URL, then exact name, against the ledger's people read once at the start, and are
 * updated as {@link Merging} says; entries go in batches, and those already imported are left
 * alone. The owner ({@code me}) is never made a person. A failure, in the file or in the ledger,
 * keeps nothing of the file.
 */
public final class ImportWriter {
  /** Rows per batch: large enough that a statement's cost is spread, small enough to hold. */
  static final int BATCH = 2000;

  private final Ledger ledger;
  private final List<String> alsoMe;

  public ImportWriter(Ledger ledger) {
    this(ledger, List.of());
  }

  /** A writer that takes {@code alsoMe} (a run's {@code --me}) for the owner's too. */
  public ImportWriter(Ledger ledger, List<String> alsoMe) {
    this.ledger = ledger;
    this.alsoMe = List.copyOf(alsoMe);
  }

  public ImportResult write(ImportFeed feed) {
    return ledger.write(
        "import " + feed.file().replaceAll(".*[/\\\\]", ""),
        session -> {
          Identity me = session.me();
          for (String email : alsoMe) {
            me = email.contains("@") ? me.withEmail(email) : me;
          }
          Run run = new Run(session, feed.source(), feed.file(), me);
          feed.sendTo(run);
          return run.finish(feed.file());
        });
  }

  /** One file being written: remembers whom each contact became, and what waits in a batch. */
  private static final class Run implements ImportSink {
    /** Where a contact who is the owner goes: nowhere. */
    private static final Slot OWNER = new Slot(Person.named("me"));

    private final LedgerSession session;
    private final String source;
    private final String file;
    private final Identity me;
    private final Merging merging;
    private final PeopleIndex index;
    private final Map<Contact, Slot> resolved = new IdentityHashMap<>();
    private final List<Slot> toCreate = new ArrayList<>();
    private final LinkedHashSet<Slot> toUpdate = new LinkedHashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<MailMessage> mail = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final LinkedHashSet<Slot> created = new LinkedHashSet<>();
    private final LinkedHashSet<Slot> updated = new LinkedHashSet<>();

    /** Each person this run changed, as the ledger held them before it. */
    private final Map<Slot, Person> before = new IdentityHashMap<>();

    private int added;
    private int alreadyThere;
    private int messages;
    private int asksFound;

    Run(LedgerSession session, String source, String file, Identity me) {
      this.session = session;
      this.source = source;
      this.file = file;
      this.me = me;
      this.index = new PeopleIndex(session.people());
      this.merging = new Merging(source, index);
    }

    @Override
    public void contact(Contact contact) {
      slot(contact);
      flushWhenFull();
    }

    @Override
    public void entry(Entry entry) {
      if (slot(entry.who()) != OWNER) {
        entries.add(entry);
      }
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
      if (slot == OWNER) {
        return;
      }
      if (created.contains(slot) && slot.person().name().equals(displayName(first))) {
        flush();
        new Renaming(session, index, resolved, created, updated).rename(slot, named.name());
      } else if (!created.contains(slot)) {
        enrich(slot, named);
      }
    }

    ImportResult finish(String file) {
      flush();
      updated.removeAll(created);
      // A file that names someone twice with different details ends where it ended last time.
      updated.removeIf(
          slot ->
              before.containsKey(slot) && !Merging.showsChange(before.get(slot), slot.person()));
      return new ImportResult(
          file, names(created), names(updated), added, alreadyThere, messages, asksFound, skipped);
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
      List<Suggestion> found = new ArrayList<>();
      for (Entry entry : entries) {
        Person p = resolved.get(entry.who()).person();
        if (entry instanceof Entry.Found f) {
          found.add(Suggestion.found(f.address(), f.messageId(), f.sentAt(), f.on(), f.text()));
        } else if (entry instanceof Entry.Time t) {
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
      int suggested = session.suggestAll(found);
      asksFound += suggested;
      added += written;
      alreadyThere += entries.size() - found.size() - written;
      entries.clear();
    }

    private Slot slot(Contact c) {
      Slot known = resolved.get(c);
      if (known != null) {
        return known;
      }
      if (isOwner(c)) {
        skipped.add(
            new Skipped(
                file,
                c.line(),
                "\""
                    + displayName(c)
                    + "\" is you (an address or profile of yours, see: needle me), so is not"
                    + " added as a person"));
        resolved.put(c, OWNER);
        return OWNER;
      }
      Slot slot = find(c).map(existing -> enrich(existing, c)).orElseGet(() -> create(c));
      resolved.put(c, slot);
      return slot;
    }

    private boolean isOwner(Contact c) {
      return c.emails().stream().anyMatch(me::hasEmail)
          || (me.linkedin() != null && me.linkedin().equalsIgnoreCase(c.linkedin()));
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
                        + "\" is already in the ledger as someone else (rename or merge one of"
                        + " them, then import the file again)");
              });
      Slot slot = index.add(new Slot(merging.created(Person.named(name), c)));
      toCreate.add(slot);
      created.add(slot);
      return slot;
    }

    private Slot enrich(Slot existing, Contact c) {
      Person richer = merging.updated(existing, c);
      if (richer.equals(existing.person())) {
        return existing;
      }
      if (Merging.showsChange(existing.person(), richer)) {
        updated.add(existing);
      }
      before.putIfAbsent(existing, existing.person());
      index.change(existing, richer);
      if (existing.saved()) {
        toUpdate.add(existing);
      }
      return existing;
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
