package needle.asks.coach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import needle.NeedleException;

/**
 * Reads the coach's rules file: one statement a line, {@code set}, {@code define}, {@code role},
 * {@code rule} and the keys of the rule above. The format is described at the top of the standard
 * rules file.
 */
final class RulesFile {
  private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final String source;
  private final Map<String, String> settings = new HashMap<>();
  private final Map<String, String> macros = new HashMap<>();
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final Map<String, List<Pattern>> roles = new LinkedHashMap<>();
  private RuleBuilder current;
  private Pattern negation;

  private RulesFile(String source) {
    this.source = source;
  }

  /** Parses {@code content}; {@code source} names it in error messages. */
  static Rulebook parse(String source, String content) {
    RulesFile file = new RulesFile(source);
    String[] lines = content.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      file.line(i + 1, lines[i].strip());
    }
    file.finishRule(lines.length);
    Settings settings = file.settings();
    file.checkSmartNeeds(settings);
    return new Rulebook(settings, file.roles(), new ArrayList<>(file.rules.values()));
  }

  private void line(int number, String line) {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    String[] parts = line.split("\\s+", 2);
    String value = parts.length > 1 ? parts[1].strip() : "";
    try {
      statement(number, parts[0], value);
    } catch (PatternSyntaxException e) {
      throw error(number, "bad pattern: " + e.getDescription() + " near index " + e.getIndex());
    } catch (NumberFormatException e) {
      throw error(number, "expected a number in \"" + line + "\"");
    } catch (IllegalArgumentException | NeedleException e) {
      throw error(number, e.getMessage());
    }
  }

  private void statement(int number, String key, String value) {
    switch (key) {
      case "set" -> set(value);
      case "define" -> define(value);
      case "role" -> role(value);
      case "rule" -> startRule(number, value);
      default -> {
        if (current == null) {
          throw new IllegalArgumentException(
              "\"" + key + "\" outside a rule (expected set, define, role or rule)");
        }
        current.apply(key, value, this::compile, negation);
      }
    }
  }

  private void set(String value) {
    String[] parts = value.split("\\s+", 2);
    String setting = parts[0];
    String text = parts.length > 1 ? parts[1] : "";
    settings.put(setting, text);
    if (setting.equals("negation")) {
      negation = compile(text);
    }
  }

  private void define(String value) {
    String[] parts = value.split("\\s*=\\s*", 2);
    if (parts.length < 2 || !MACRO.matcher("{" + parts[0] + "}").matches()) {
      throw new IllegalArgumentException(
          "bad define (expected \"define NAME = pattern\" with an upper-case NAME)");
    }
    macros.put(parts[0], expand(parts[1]));
  }

  private void role(String value) {
    if (current != null) {
      throw new IllegalArgumentException("a role is defined before the rules, not inside one");
    }
    String[] parts = value.split("\\s+", 2);
    if (parts.length < 2 || !parts[0].matches("[a-z][a-z-]*")) {
      throw new IllegalArgumentException(
          "bad role (expected \"role NAME PATTERN\" with a lower-case NAME)");
    }
    roles.computeIfAbsent(parts[0], name -> new ArrayList<>()).add(compile(parts[1]));
  }

  private Roles roles() {
    String breaks = settings.get("clause-break");
    Pattern clauseBreak = breaks == null ? Roles.NONE.clauseBreak() : compile(breaks);
    List<Roles.Role> list = new ArrayList<>();
    roles.forEach((name, patterns) -> list.add(new Roles.Role(name, patterns)));
    return new Roles(clauseBreak, list);
  }

  private void checkSmartNeeds(Settings settings) {
    for (Set<String> group : settings.smartNeeds()) {
      for (String rule : group) {
        if (!rules.containsKey(rule)) {
          throw new NeedleException(
              source + ": \"set smart-needs\" names an unknown rule \"" + rule + "\"");
        }
      }
    }
  }

  private void startRule(int number, String value) {
    finishRule(number - 1);
    String[] parts = value.split("\\s+");
    if (parts[0].isEmpty() || rules.containsKey(parts[0])) {
      throw new IllegalArgumentException("a rule needs a new id (\"rule ID [KIND]\")");
    }
    current =
        new RuleBuilder(parts[0], parts.length > 1 ? parts[1] : "phrases", rules, roles.keySet());
  }

  private void finishRule(int number) {
    if (current == null) {
      return;
    }
    try {
      Rule rule = current.build();
      rules.put(rule.id(), rule);
      current = null;
    } catch (IllegalArgumentException e) {
      throw error(number, e.getMessage());
    }
  }

  private Pattern compile(String regex) {
    return Pattern.compile(expand(regex), FLAGS);
  }

  private String expand(String regex) {
    Matcher m = MACRO.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) {
        throw new IllegalArgumentException("unknown name {" + m.group(1) + "} (define it above)");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(body));
    }
    return m.appendTail(out).toString();
  }

  private Settings settings() {
    return new Settings(
        integer("base"),
        integer("smart-at"),
        integer("max-bad"),
        integer("max-chars"),
        words("abbreviations"),
        words("english-words"),
        share("english-share"),
        required("foreign-note"),
        groups("smart-needs"));
  }

  /** "a|b c" is two groups: a or b, and c. Optional: without it any score may be smart. */
  private List<Set<String>> groups(String name) {
    String value = settings.getOrDefault(name, "").strip();
    if (value.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(value.split("\\s+")).map(group -> Set.of(group.split("\\|"))).toList();
  }

  private int integer(String name) {
    try {
      return Integer.parseInt(required(name));
    } catch (NumberFormatException e) {
      throw new NeedleException(source + ": \"set " + name + "\" needs a whole number");
    }
  }

  private double share(String name) {
    try {
      return Double.parseDouble(required(name));
    } catch (NumberFormatException e) {
      throw new NeedleException(source + ": \"set " + name + "\" needs a number like 0.15");
    }
  }

  private Set<String> words(String name) {
    return Arrays.stream(required(name).toLowerCase(Locale.ROOT).split("\\s+"))
        .collect(Collectors.toSet());
  }

  private String required(String name) {
    String value = settings.get(name);
    if (value == null || value.isBlank()) {
      throw new NeedleException(source + ": missing \"set " + name + "\"");
    }
    return value;
  }

  private NeedleException error(int line, String what) {
    return new NeedleException(source + ":" + line + ": " + what);
  }
}
