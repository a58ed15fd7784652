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
    return toBuilder().id(newId).build();
  }

  public Person withTitle(String newTitle) {
    return toBuilder().title(newTitle).build();
  }

  public Person withCompany(String newCompany) {
    return toBuilder().company(newCompany).build();
  }

  public Person withEmails(List<String> newEmails) {
    return toBuilder().emails(newEmails).build();
  }

  /** A builder that starts from this person, to change a few details. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a changed copy of a person, one detail at a time. */
  public static final class Builder {
    private PersonId id;
    private String name;
    private String title;
    private String company;
    private List<String> emails;
    private List<String> phones;
    private String linkedin;
    private List<String> tags;
    private String notes;
    private List<String> sources;
    private Integer levelOverride;
    private Integer cadenceDays;
    private LocalDate firstMet;

    private Builder(Person p) {
      id = p.id;
      name = p.name;
      title = p.title;
      company = p.company;
      emails = p.emails;
      phones = p.phones;
      linkedin = p.linkedin;
      tags = p.tags;
      notes = p.notes;
      sources = p.sources;
      levelOverride = p.levelOverride;
      cadenceDays = p.cadenceDays;
      firstMet = p.firstMet;
    }

    public Builder id(PersonId value) {
      id = value;
      return this;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder company(String value) {
      company = value;
      return this;
    }

    public Builder emails(List<String> value) {
      emails = value;
      return this;
    }

    public Builder phones(List<String> value) {
      phones = value;
      return this;
    }

    public Builder linkedin(String value) {
      linkedin = value;
      return this;
    }

    public Builder tags(List<String> value) {
      tags = value;
      return this;
    }

    public Builder notes(String value) {
      notes = value;
      return this;
    }

    public Builder sources(List<String> value) {
      sources = value;
      return this;
    }

    public Builder levelOverride(Integer value) {
      levelOverride = value;
      return this;
    }

    public Builder cadenceDays(Integer value) {
      cadenceDays = value;
      return this;
    }

    public Builder firstMet(LocalDate value) {
      firstMet = value;
      return this;
    }

    public Person build() {
      return new Person(
          id,
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
