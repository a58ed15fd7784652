package needle.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The ordered rules that map a job title's role to a level, read once from a resource. */
final class TitleRules {
  static final String RESOURCE = "title-levels.txt";
  private static final Pattern RULE = Pattern.compile("([0-6])\\s+(\\S.*)");
  private static final Pattern DEFINE = Pattern.compile("define\\s+([A-Z]+)\\s+(\\S.*)");
  private static final Pattern MACRO = Pattern.compile("\\{([A-Z]+)}");

  private final List<TitleRule> rules;

  private TitleRules(List<TitleRule> rules) {
    this.rules = List.copyOf(rules);
  }

  static TitleRules load() {
    try (InputStream in = TitleRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static TitleRules parse(List<String> lines) {
    Map<String, String> macros = new HashMap<>();
    List<TitleRule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher define = DEFINE.matcher(line);
      Matcher rule = RULE.matcher(line);
      if (define.matches()) {
        macros.put(define.group(1), expand(define.group(2), macros, i + 1));
      } else if (rule.matches()) {
        rules.add(rule(i + 1, rule.group(1), expand(rule.group(2), macros, i + 1)));
      } else {
        throw problem(i + 1, "expected \"LEVEL regex\" or \"define NAME regex\"");
      }
    }
    return new TitleRules(rules);
  }

  /** The first rule that recognises the role, which is the one that decides its level. */
  Optional<TitleRule> firstMatch(String role, int headLength) {
    return rules.stream().filter(rule -> rule.matchesHead(role, headLength)).findFirst();
  }

  private static TitleRule rule(int line, String level, String regex) {
    try {
      // Whole words only, so "CEO" does not match inside "Ceolia" nor "cto" inside "director".
      Pattern pattern = Pattern.compile("\\b(?:" + regex + ")\\b");
      return new TitleRule(line, Level.ofRank(Integer.parseInt(level)), pattern);
    } catch (PatternSyntaxException e) {
      throw problem(line, "bad regex: " + e.getDescription());
    }
  }

  private static String expand(String regex, Map<String, String> macros, int line) {
    return MACRO
        .matcher(regex)
        .replaceAll(
            m -> {
              String body = macros.get(m.group(1));
              if (body == null) {
                throw problem(line, "unknown {" + m.group(1) + "}; define it above this line");
              }
              return Matcher.quoteReplacement(body);
            });
  }

  private static IllegalStateException problem(int line, String message) {
    return new IllegalStateException(RESOURCE + ":" + line + ": " + message);
  }
}
