package needle.people.dupes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** First names that are the same name (Mike and Michael, Bob and Robert), from a word list. */
final class Nicknames {
  private static final String RESOURCE = "/needle/people/dupes/nicknames.txt";
  // Filled by load(), so declared before GROUPS.
  private static final Map<Integer, List<String>> NAMES_BY_GROUP = new HashMap<>();
  private static final Map<String, Set<Integer>> GROUPS = load();

  private Nicknames() {}

  /** Whether {@code a} and {@code b} (folded, see {@link NameParts#fold}) are one name. */
  static boolean same(String a, String b) {
    Set<Integer> of = GROUPS.get(a);
    if (of == null) {
      return false;
    }
    for (Integer group : GROUPS.getOrDefault(b, Set.of())) {
      if (of.contains(group)) {
        return true;
      }
    }
    return false;
  }

  /** The first letters a name goes by: its own, and those of every name it is a form of. */
  static Set<Character> initials(String name) {
    Set<Integer> groups = GROUPS.get(name);
    if (groups == null) {
      return Set.of(name.charAt(0));
    }
    Set<Character> letters = new HashSet<>();
    letters.add(name.charAt(0));
    for (Integer group : groups) {
      NAMES_BY_GROUP.get(group).forEach(n -> letters.add(n.charAt(0)));
    }
    return letters;
  }

  private static Map<String, Set<Integer>> load() {
    try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Set<Integer>> groups = new HashMap<>();
      int number = 0;
      for (String line : reader.lines().toList()) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        List<String> names = List.of(text.split("\\s+"));
        NAMES_BY_GROUP.put(number, names);
        for (String name : names) {
          groups.computeIfAbsent(name, n -> new HashSet<>()).add(number);
        }
        number++;
      }
      return groups;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
