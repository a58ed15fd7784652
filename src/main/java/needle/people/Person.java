package needle.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Someone in the ledger. {@code levelOverride} wins over the level derived from the title; {@code
 * cadenceDays} is the keep-in-touch interval the person chose, if any; {@code typed} names the
 * details the user typed by hand, which no import changes.
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
    LocalDate firstMet,
    Set<Field> typed) {

  /** A detail an import may change, unless the user typed it by hand. */
  public enum Field {
    NAME,
    TITLE,
    COMPANY,
    LINKEDIN;

    /** The value this detail has in {@code p}. */
    public String of(Person p) {
      return switch (this) {
        case NAME -> p.name;
        case TITLE -> p.title;
        case COMPANY -> p.company;
        case LINKEDIN -> p.linkedin;
      };
    }
  }

  public Person {
    Objects.requireNonNull(name, "name");
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    tags = List.copyOf(tags);
    sources = List.copyOf(sources);
    typed = typed == null || typed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(typed));
  }

  /** A person none of whose details was typed by hand. */
  public Person(
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
    this(
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
        firstMet,
        Set.of());
  }

  /** Whether the user typed {@code field} by hand. */
  public boolean typed(Field field) {
    return typed.contains(field);
  }

  /**
   * This person, as the user typed them over {@code before}: each detail that differs is marked as
   * typed (a new person, {@code before} null, has every detail they were given marked).
   */
  public Person typedOver(Person before) {
    EnumSet<Field> marks = EnumSet.noneOf(Field.class);
    marks.addAll(typed);
    if (before != null) {
      marks.addAll(before.typed);
    }
    for (Field f : Field.values()) {
      String now = f.of(this);
      if (before == null ? now != null : !Objects.equals(now, f.of(before))) {
        marks.add(f);
      }
    }
    return toBuilder().typed(marks).build();
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
    private Set<Field> typed;

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
      typed = p.typed;
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

    public Builder typed(Set<Field> value) {
      typed = value;
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
          firstMet,
          typed);
    }
  }

  /**
   * This person with what {@code other} adds: emails, phones, tags and sources are joined; a detail
   * this person lacks, or has only from an import where {@code other}'s was typed by hand, is taken
   * from {@code other}; the earlier first-met date wins.
   */
  public Person mergedWith(Person other) {
    return new Person(
        id,
        name,
        kept(Field.TITLE, other),
        kept(Field.COMPANY, other),
        union(emails, other.emails),
        union(phones, other.phones),
        kept(Field.LINKEDIN, other),
        union(tags, other.tags),
        notes == null ? other.notes : other.notes == null ? notes : notes + "\n" + other.notes,
        union(sources, other.sources),
        levelOverride != null ? levelOverride : other.levelOverride,
        cadenceDays != null ? cadenceDays : other.cadenceDays,
        earlier(firstMet, other.firstMet),
        typedKept(other));
  }

  /** Whether a merge with {@code other} keeps {@code other}'s {@code f} rather than this one's. */
  private boolean takes(Field f, Person other) {
    return f != Field.NAME
        && f.of(other) != null
        && (f.of(this) == null || (other.typed(f) && !typed(f)));
  }

  private String kept(Field f, Person other) {
    return takes(f, other) ? f.of(other) : f.of(this);
  }

  /** The marks of each detail a merge keeps, from whichever person it is kept from. */
  private Set<Field> typedKept(Person other) {
    EnumSet<Field> marks = EnumSet.noneOf(Field.class);
    for (Field f : Field.values()) {
      if (takes(f, other) ? other.typed(f) : typed(f)) {
        marks.add(f);
      }
    }
    return marks;
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
