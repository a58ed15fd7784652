package needle.asks.coach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a rule finds the parts of a draft it is about; each kind is one form of the rules file. */
sealed interface Detector {

  List<Span> find(Draft draft);

  /**
   * Phrases matched by patterns, each kept only where the rule's conditions admit it: not negated,
   * not excused by what follows in its sentence or by what the sentences around it all state, early
   * enough when position matters, and in a clause whose role the rule accepts.
   */
  record Phrases(
      List<Pattern> patterns,
      Optional<Pattern> negation,
      Optional<Pattern> excuse,
      List<Pattern> near,
      Optional<Position> within,
      Roleplay roles)
      implements Detector {

    /** How far before a phrase a "not" or "no" still negates it: about five words. */
    private static final int NEGATION_REACH = 30;

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—()]|\\bbut\\b|\\band\\b");

    public Phrases {
      patterns = List.copyOf(patterns);
      near = List.copyOf(near);
    }

    @Override
    public List<Span> find(Draft draft) {
      List<Span> found = new ArrayList<>();
      for (Pattern pattern : patterns) {
        Matcher m = pattern.matcher(draft.folded());
        while (m.find()) {
          Span span = new Span(m.start(), m.end());
          if (span.end() > span.start() && isNew(found, span) && admits(draft, span)) {
            found.add(span);
          }
        }
      }
      found.sort(Comparator.comparingInt(Span::start));
      return found;
    }

    private static boolean isNew(List<Span> found, Span span) {
      return found.stream().noneMatch(span::overlaps);
    }

    private boolean admits(Draft draft, Span span) {
      return within.map(p -> p.admits(draft, span.start())).orElse(true)
          && negation.map(n -> !negated(draft, span, n)).orElse(true)
          && excuse.map(e -> !excused(draft, span, e)).orElse(true)
          && (near.isEmpty() || !excusedAround(draft, span))
          && roles.admits(draft.roleAt(span.start()));
    }

    /** Every {@code unless-near} pattern is found in the sentences around the match. */
    private boolean excusedAround(Draft draft, Span span) {
      Span around = draft.around(span.start());
      return near.stream()
          .allMatch(p -> p.matcher(draft.folded()).region(around.start(), around.end()).find());
    }

    private static boolean negated(Draft draft, Span span, Pattern negation) {
      int from = Math.max(draft.sentenceAt(span.start()).start(), span.start() - NEGATION_REACH);
      String before = draft.folded().substring(from, span.start());
      Matcher breaks = CLAUSE_BREAK.matcher(before);
      int clause = 0;
      while (breaks.find()) {
        clause = breaks.end();
      }
      return negation.matcher(before.substring(clause)).find();
    }

    private static boolean excused(Draft draft, Span span, Pattern excuse) {
      int end = Math.max(span.end(), draft.sentenceAt(span.start()).end());
      return excuse.matcher(draft.folded()).region(span.end(), end).find();
    }
  }

  /**
   * The roles of clause a rule's matches must be in ({@code in-role}), or must not be in ({@code
   * not-in-role}); a clause that plays no role passes unless {@code in-role} is given.
   */
  record Roleplay(Set<String> in, Set<String> notIn) {

    public Roleplay {
      in = Set.copyOf(in);
      notIn = Set.copyOf(notIn);
    }

    boolean admits(Optional<String> role) {
      boolean included = in.isEmpty() || role.filter(in::contains).isPresent();
      return included && role.filter(notIn::contains).isEmpty();
    }
  }

  /** Fires once, over the whole draft; its rule's {@code unless-found} list says when not. */
  record Absent() implements Detector {
    @Override
    public List<Span> find(Draft draft) {
      return List.of(new Span(0, draft.length()));
    }
  }

  /** Fires over the whole draft when one kind of word far outnumbers another ("I" vs "you"). */
  record Ratio(Pattern counted, Pattern against, int atLeast, double share) implements Detector {
    @Override
    public List<Span> find(Draft draft) {
      long mine = count(counted, draft);
      long theirs = count(against, draft);
      boolean fires = mine >= atLeast && mine >= share * (mine + theirs);
      return fires ? List.of(new Span(0, draft.length())) : List.of();
    }

    private static long count(Pattern pattern, Draft draft) {
      return pattern.matcher(draft.folded()).results().count();
    }
  }

  /** Fires on the part of a draft past its first {@code wordsOver} words. */
  record Length(int wordsOver) implements Detector {
    @Override
    public List<Span> find(Draft draft) {
      List<Span> words = draft.words();
      if (words.size() <= wordsOver) {
        return List.of();
      }
      return List.of(new Span(words.get(wordsOver).start(), draft.length()));
    }
  }

  /**
   * The early part of a draft: its first {@code sentences} real sentences or its first {@code
   * share} of characters, whichever reaches further.
   */
  record Position(int sentences, double share) {
    boolean admits(Draft draft, int at) {
      int bySentences = draft.endOfSentence(sentences);
      int byShare = (int) Math.ceil(share * draft.length());
      return at < Math.max(bySentences, byShare);
    }
  }
}
