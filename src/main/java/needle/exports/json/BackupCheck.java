package needle.exports.json;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import needle.asks.Ask;
import needle.imports.ImportException;
import needle.ledger.MailMessage;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.storage.Snapshot;

/**
 * Checks a backup against what the ledger will hold before anything is written, so a backup that
 * breaks a rule (two people of one name, an entry for nobody) fails with the row and its line, not
 * with the database's words for a constraint.
 */
final class BackupCheck {
  private final Path file;
  private final RowLines lines;

  private BackupCheck(Path file, RowLines lines) {
    this.file = file;
    this.lines = lines;
  }

  static void check(Path file, RowLines lines, Snapshot s) {
    BackupCheck check = new BackupCheck(file, lines);
    Set<Long> people = check.people(s.people());
    check.entries("time", s.time(), k -> k.entry().person().value(), people);
    check.entries("values", s.values(), k -> k.entry().person().value(), people);
    check.entries("asks", s.asks(), k -> k.entry().person().value(), people);
    check.time(s.time());
    check.values(s.values());
    check.asks(s.asks());
    check.mail(s.mail());
    check.suggestions(s.suggestions());
  }

  private void suggestions(List<needle.asks.Suggestion> rows) {
    Set<Long> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      needle.asks.Suggestion f = rows.get(i);
      require(ids.add(f.id()), "suggestedAsks", i, "the id is used twice");
      require(
          keys.add(f.messageId() + "\u001f" + f.address()),
          "suggestedAsks",
          i,
          "the same message and address are there twice");
      noNul("suggestedAsks", i, f.messageId(), f.address(), f.text());
    }
  }

  private Set<Long> people(List<Person> people) {
    Set<Long> ids = new HashSet<>();
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> emails = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      require(p.id().value() > 0, "people", i, "the id " + p.id().value() + " is not positive");
      require(ids.add(p.id().value()), "people", i, "the id " + p.id().value() + " is used twice");
      require(!p.name().isBlank(), "people", i, "the name is empty");
      Integer before = names.putIfAbsent(p.name().trim().toLowerCase(Locale.ROOT), i);
      require(before == null, "people", i, "\"" + p.name() + "\" is already row " + row(before));
      for (String email : p.emails()) {
        Integer owner = emails.putIfAbsent(email.trim().toLowerCase(Locale.ROOT), i);
        require(
            owner == null,
            "people",
            i,
            "the e-mail " + email + " already belongs to row " + row(owner));
      }
      Integer level = p.levelOverride();
      require(level == null || (level >= 0 && level <= 6), "people", i, "level is not 0 to 6");
      Integer cadence = p.cadenceDays();
      require(cadence == null || cadence > 0, "people", i, "cadence is not a positive number");
      noNul(
          "people",
          i,
          p.name(),
          p.title(),
          p.company(),
          p.linkedin(),
          p.notes(),
          String.join("", p.emails()),
          String.join("", p.phones()),
          String.join("", p.tags()),
          String.join("", p.sources()));
    }
    return ids;
  }

  private <T> void entries(
      String section,
      List<Snapshot.Keyed<T>> rows,
      Function<Snapshot.Keyed<T>, Long> person,
      Set<Long> people) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Snapshot.Keyed<T> k = rows.get(i);
      long who = person.apply(k);
      require(people.contains(who), section, i, "person " + who + " is not in the backup's people");
      String key = k.importKey();
      require(key == null || keys.add(key), section, i, "the import key is used twice");
      noNul(section, i, key);
    }
  }

  private void time(List<Snapshot.Keyed<TimeEntry>> rows) {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      TimeEntry t = rows.get(i).entry();
      require(ids.add(t.id()), "time", i, "the id " + t.id() + " is used twice");
      require(t.on() != null, "time", i, "the date is missing");
      require(
          Double.isFinite(t.minutes()) && t.minutes() >= 0, "time", i, "minutes are not 0 or more");
      noNul("time", i, t.note(), t.source());
    }
  }

  private void values(List<Snapshot.Keyed<ValueEvent>> rows) {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      ValueEvent v = rows.get(i).entry();
      require(ids.add(v.id()), "values", i, "the id " + v.id() + " is used twice");
      require(v.on() != null, "values", i, "the date is missing");
      Double points = v.points();
      require(
          points == null || (Double.isFinite(points) && points >= 0),
          "values",
          i,
          "points are not 0 or more");
      noNul("values", i, v.note(), v.source());
    }
  }

  private void asks(List<Snapshot.Keyed<Ask>> rows) {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Ask a = rows.get(i).entry();
      require(ids.add(a.id().value()), "asks", i, "the id " + a.id().value() + " is used twice");
      require(a.on() != null, "asks", i, "the date is missing");
      noNul("asks", i, a.text(), a.source());
    }
  }

  private void mail(List<MailMessage> rows) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      MailMessage m = rows.get(i);
      require(ids.add(m.messageId()), "mail", i, "the message id is used twice");
      require(
          new HashSet<>(m.to()).size() == m.to().size(), "mail", i, "a recipient is there twice");
      noNul(
          "mail",
          i,
          m.messageId(),
          m.sender(),
          m.inReplyTo(),
          m.subjectKey(),
          String.join("", m.to()));
    }
  }

  private void noNul(String section, int index, String... texts) {
    for (String text : texts) {
      require(text == null || text.indexOf('\0') < 0, section, index, "a NUL character in a text");
    }
  }

  private void require(boolean ok, String section, int index, String problem) {
    if (!ok) {
      throw new ImportException(
          file,
          lines.row(section, index),
          section
              + " row "
              + (index + 1)
              + ": "
              + problem
              + " (expected a file written by needle export json)");
    }
  }

  private static int row(Integer index) {
    return index == null ? 0 : index + 1;
  }
}
