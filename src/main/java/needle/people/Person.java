package needle.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Someone in the ledger. {@code levelOverride} wins over the level derived from the title; {@code
 * cadenceDays} is the keep-in-touch interval the person chose, if any.
 */
public record Person(
    PersonId id,
    String name,
    String title,
    String company,
    List<String> emails,
    List<String> phones,
    String linkedin,
    List<String> tags,
    String notes,
    List<String> sources,
    Integer levelOverride,
    Integer cadenceDays,
    LocalDate firstMet) {

  public Person {
    Objects.requireNonNull(name, "name");
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    tags = List.copyOf(tags);
    sources = List.copyOf(sources);
  }

  /** A new, unsaved person with only a name. */
  public static Person named(String name) {
    return new Person(
        null, name, null, null, List.of(), List.of(), null, List.of(), null, List.of(), null, null,
        null);
  }

  public Level level() {
    return levelOverride != null ? Level.ofRank(levelOverride) : TitleLevels.levelOf(title);
  }

  public Person withId(PersonId newId) {
    return new Person(
        newId,
        name,
        title,
        company,
        emails,
        phones,
        linkedin,
        tags,
        notes,
        sources,
        levelOverride,
        cadenceDays,
        firstMet);
  }

  public Person withTitle(String newTitle) {
    return new Person(
        id,
        name,
        newTitle,
        company,
        emails,
        phones,
        linkedin,
        tags,
        notes,
        sources,
        levelOverride,
        cadenceDays,
        firstMet);
  }

  public Person withCompany(String newCompany) {
    return new Person(
        id,
        name,
        title,
        newCompany,
        emails,
        phones,
        linkedin,
        tags,
        notes,
        sources,
        levelOverride,
        cadenceDays,
        firstMet);
  }

  public Person withEmails(List<String> newEmails) {
    return new Person(
        id,
        name,
        title,
        company,
        newEmails,
        phones,
        linkedin,
        tags,
        notes,
        sources,
        levelOverride,
        cadenceDays,
        firstMet);
  }

  /**
   * This person with what {@code other} adds: emails, phones, tags and sources are joined; a detail
   * this person lacks is taken from {@code other}; the earlier first-met date wins.
   */
  public Person mergedWith(Person other) {
    return new Person(
        id,
        name,
        title != null ? title : other.title,
        company != null ? company : other.company,
        union(emails, other.emails),
        union(phones, other.phones),
        linkedin != null ? linkedin : other.linkedin,
        union(tags, other.tags),
        notes == null ? other.notes : other.notes == null ? notes : notes + "\n" + other.notes,
        union(sources, other.sources),
        levelOverride != null ? levelOverride : other.levelOverride,
        cadenceDays != null ? cadenceDays : other.cadenceDays,
        earlier(firstMet, other.firstMet));
  }

  private static List<String> union(List<String> a, List<String> b) {
    var all = new java.util.LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
