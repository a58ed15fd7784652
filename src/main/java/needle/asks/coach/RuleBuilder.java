package needle.asks.coach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import needle.Labelled;

/** Collects the lines of one rule in the rules file and checks them into a {@link Rule}. */
final class RuleBuilder {
  static final String KEYS =
      "severity, weight, limit, message, match, same-as, negatable, unless-then, unless-near,"
          + " within, in-role, not-in-role, unless-found, blocks-smart, describes, count, against, at-least,"
          + " share, words-over";

  private static final Pattern WITHIN = Pattern.compile("(\\d+) sentences? or (\\d+(?:\\.\\d+)?)%");

  private final String id;
  private final String kind;
  private final Map<String, Rule> earlier;
  private final List<Pattern> patterns = new ArrayList<>();
  private final List<String> unlessFound = new ArrayList<>();
  private final List<Pattern> near = new ArrayList<>();
  private final Set<String> inRoles = new HashSet<>();
  private final Set<String> notInRoles = new HashSet<>();
  private final Set<String> knownRoles;
  private boolean blocks;
  private String describes;
  private Severity severity;
  private Integer weight;
  private int limit = Integer.MAX_VALUE;
  private String message;
  private Pattern negation;
  private Pattern excuse;
  private Detector.Position within;
  private Pattern counted;
  private Pattern against;
  private int atLeast;
  private double share;
  private int wordsOver;

  RuleBuilder(String id, String kind, Map<String, Rule> earlier, Set<String> knownRoles) {
    this.id = id;
    this.kind = kind;
    this.earlier = earlier;
    this.knownRoles = knownRoles;
  }

  /** Applies one {@code key value} line; {@code regex} compiles a value with the file's macros. */
  void apply(String key, String value, Function<String, Pattern> regex, Pattern negationWords) {
    switch (key) {
      case "severity" -> severity = Labelled.parse(Severity.class, "severity", value);
      case "weight" -> weight = Integer.parseInt(value);
      case "limit" -> limit = Integer.parseInt(value);
      case "message" -> message = value;
      case "match" -> patterns.add(regex.apply(value));
      case "same-as" -> patterns.addAll(phrasesOf(value).patterns());
      case "negatable" -> negation = negationWords;
      case "unless-then" -> excuse = regex.apply(value);
      case "unless-near" -> near.add(regex.apply(value));
      case "in-role" -> inRoles.addAll(roles(value));
      case "not-in-role" -> notInRoles.addAll(roles(value));
      case "blocks-smart" -> blocks = true;
      case "describes" -> describes = value;
      case "within" -> within = position(value);
      case "unless-found" -> unlessFound.addAll(earlierRules(value));
      case "count" -> counted = regex.apply(value);
      case "against" -> against = regex.apply(value);
      case "at-least" -> atLeast = Integer.parseInt(value);
      case "share" -> share = Double.parseDouble(value);
      case "words-over" -> wordsOver = Integer.parseInt(value);
      default ->
          throw new IllegalArgumentException("unknown key \"" + key + "\" (expected " + KEYS + ")");
    }
  }

  Rule build() {
    require(severity != null, "severity");
    require(weight != null, "weight");
    require(message != null, "message");
    String what = describes == null ? "have a finding of " + id : describes;
    return new Rule(id, severity, weight, message, limit, unlessFound, blocks, what, detector());
  }

  private Detector detector() {
    return switch (kind) {
      case "phrases" -> {
        require(!patterns.isEmpty(), "match");
        yield new Detector.Phrases(
            patterns,
            Optional.ofNullable(negation),
            Optional.ofNullable(excuse),
            near,
            Optional.ofNullable(within),
            new Detector.Roleplay(inRoles, notInRoles));
      }
      case "absent" -> new Detector.Absent();
      case "ratio" -> {
        require(counted != null && against != null, "count and against");
        yield new Detector.Ratio(counted, against, atLeast, share);
      }
      case "length" -> {
        require(wordsOver > 0, "words-over");
        yield new Detector.Length(wordsOver);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown kind \"" + kind + "\" (expected phrases, absent, ratio, length)");
    };
  }

  private void require(boolean present, String key) {
    if (!present) {
      throw new IllegalArgumentException("rule " + id + " needs a \"" + key + "\" line");
    }
  }

  private Detector.Phrases phrasesOf(String rule) {
    Rule other = earlier.get(earlierRules(rule).get(0));
    if (other.detector() instanceof Detector.Phrases phrases) {
      return phrases;
    }
    throw new IllegalArgumentException("rule " + rule + " has no phrases to share");
  }

  private List<String> earlierRules(String list) {
    List<String> ids = Arrays.stream(list.split(",")).map(String::strip).toList();
    for (String other : ids) {
      if (!earlier.containsKey(other)) {
        throw new IllegalArgumentException(
            "unknown rule \"" + other + "\" (a rule can only name rules above it)");
      }
    }
    return ids;
  }

  private List<String> roles(String list) {
    List<String> names = Arrays.stream(list.split(",")).map(String::strip).toList();
    for (String name : names) {
      if (!knownRoles.contains(name)) {
        throw new IllegalArgumentException(
            "unknown role \"" + name + "\" (a rule can only name roles defined above it)");
      }
    }
    return names;
  }

  private static Detector.Position position(String value) {
    Matcher m = WITHIN.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "bad position \"" + value + "\" (expected e.g. \"2 sentences or 40%\")");
    }
    return new Detector.Position(
        Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)) / 100.0);
  }
}
