package needle.asks.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does what in each clause of a draft, as the rules file defines it: the writer gives, the
 * reader is asked, the writer claims an achievement. A clause takes the first role, in the file's
 * order, one of whose patterns it matches, so "would you like me to send it" can be an offer before
 * "would you" makes it a request.
 */
record Roles(Pattern clauseBreak, List<Role> roles) {

  /** A role and the patterns that recognise it in a clause. */
  record Role(String name, List<Pattern> patterns) {
    Role {
      patterns = List.copyOf(patterns);
    }

    boolean plays(String folded, Span clause) {
      return patterns.stream()
          .anyMatch(p -> p.matcher(folded).region(clause.start(), clause.end()).find());
    }
  }

  /** One clause and the role it plays, if any. */
  record Clause(Span span, Optional<String> role) {}

  /** No roles: every sentence is one clause that plays none. */
  static final Roles NONE = new Roles(Pattern.compile("(?!)"), List.of());

  Roles {
    roles = List.copyOf(roles);
  }

  List<Clause> tag(String folded, List<Span> sentences) {
    List<Clause> clauses = new ArrayList<>();
    for (Span sentence : sentences) {
      for (Span clause : split(folded, sentence)) {
        clauses.add(new Clause(clause, roleOf(folded, clause)));
      }
    }
    return List.copyOf(clauses);
  }

  /** Each break starts a new clause: "if you could review it" keeps its "if". */
  private List<Span> split(String folded, Span sentence) {
    List<Span> parts = new ArrayList<>();
    Matcher m = clauseBreak.matcher(folded).region(sentence.start(), sentence.end());
    int start = sentence.start();
    while (m.find()) {
      if (m.start() > start) {
        parts.add(new Span(start, m.start()));
        start = m.start();
      }
    }
    parts.add(new Span(start, sentence.end()));
    return parts;
  }

  private Optional<String> roleOf(String folded, Span clause) {
    return roles.stream().filter(r -> r.plays(folded, clause)).map(Role::name).findFirst();
  }
}
