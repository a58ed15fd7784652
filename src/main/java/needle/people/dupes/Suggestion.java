package needle.people.dupes;

import needle.people.Person;

/**
 * Two people who are probably one, the rule that says so and why in one sentence; a merge keeps
 * {@code keep} and folds {@code gone} into them.
 */
public record Suggestion(Person keep, Person gone, Rule rule, String reason) {
  /** Which kind of evidence joined the two, strongest first. */
  public enum Rule {
    /** The same LinkedIn profile. */
    LINKEDIN("linkedin"),
    /** The same local part of an address at related domains. */
    ADDRESS("address"),
    /** A name that is only an address (or a handle) reads as the other's name. */
    ADDRESS_AS_NAME("address-as-name"),
    /** Two names that agree: initials, middle initials, nicknames, spelling. */
    NAME("name");

    private final String label;

    Rule(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
