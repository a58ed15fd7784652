package needle.people;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Derives a {@link Level} from a job title in English, German, French or Spanish. */
public final class TitleLevels {
  // Roles listed side by side: "Founder | CEO", "Founder / Engineer", "Sales - Team Lead".
  // An unspaced slash only joins words ("to the CEO/Founder"), so it is a weak separator.
  private static final Pattern SIDE_BY_SIDE =
      Pattern.compile("\\s+[-–—/]\\s*|\\s*[-–—/]\\s+|[|;•·]");
  // Roles joined within one phrase: "CTO & Co-founder", "Fundador y CEO", "Director(a)".
  private static final Pattern JOINED =
      Pattern.compile("\\s*(?:[/&,+()\\[\\]]|\\b(?:and|und|et|y)\\b)\\s*");
  // What follows names a principal or an employer, not the holder's role:
  // "Assistant to the CEO", "Referentin des Vorstands", "Engineer at Partners Capital".
  // "Go-to-market" is a function, not a principal.
  private static final Pattern DEPENDENT =
      Pattern.compile("\\b(?:(?<!go )to|for|of the|at|bei|chez|der|des|du|de la|del|aupres)\\b");
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b(?:[a-z]\\.){2,}");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
  private static final Pattern NOISE = Pattern.compile("[^a-z0-9/&,+()\\[\\]]+");
  private static final TitleRules RULES = TitleRules.load();

  private TitleLevels() {}

  /**
   * Levels already worked out, by title: a ledger of thousands holds a few hundred titles, and
   * ranking asks for each person's level several times.
   */
  private static final Map<String, Level> KNOWN = new ConcurrentHashMap<>();

  /** Past this many titles the memory starts again, so odd imports cannot grow it for ever. */
  private static final int MAX_KNOWN = 20_000;

  public static Level levelOf(String title) {
    if (title == null) {
      return Level.UNKNOWN;
    }
    Level known = KNOWN.get(title);
    if (known != null) {
      return known;
    }
    Level level = decidingRule(title).map(TitleRule::level).orElse(Level.UNKNOWN);
    if (KNOWN.size() >= MAX_KNOWN) {
      KNOWN.clear();
    }
    KNOWN.put(title, level);
    return level;
  }

  /** The rule behind a title's level, to explain it; empty when no role is recognised. */
  static Optional<TitleRule> decidingRule(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    return SIDE_BY_SIDE
        .splitAsStream(fold(title))
        .map(part -> NOISE.matcher(part).replaceAll(" ").strip())
        .flatMap(TitleLevels::rolesOf)
        .flatMap(role -> RULES.firstMatch(role.text(), role.headLength()).stream())
        .max(Comparator.comparing(TitleRule::level));
  }

  /** Lower case, no accents, "V.P." as "vp", "@" as "at", so rules see one spelling. */
  private static String fold(String title) {
    String s = Normalizer.normalize(title, Normalizer.Form.NFKD);
    s = DIACRITICS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("ß", "ss");
    s = DOTTED_ACRONYM.matcher(s).replaceAll(m -> m.group().replace(".", ""));
    return POSSESSIVE.matcher(s.replace("@", " at ")).replaceAll("s");
  }

  /**
   * The roles joined in one part. Only the role in which a dependent clause starts sees that
   * clause, and only to complete a phrase it began ("Member of the Board").
   */
  private static Stream<Role> rolesOf(String part) {
    Matcher dependent = DEPENDENT.matcher(part);
    int cut = dependent.find() ? dependent.start() : part.length();
    String[] heads = JOINED.split(part.substring(0, cut), -1);
    String clause = part.substring(cut);
    return IntStream.range(0, heads.length)
        .mapToObj(
            i -> new Role(i == heads.length - 1 ? heads[i] + clause : heads[i], heads[i].length()));
  }

  /** A role's text, of which only the first {@code headLength} characters may start a match. */
  private record Role(String text, int headLength) {}
}
