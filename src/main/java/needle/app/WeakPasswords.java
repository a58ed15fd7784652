package needle.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords an attacker tries first: the commonest ones (a list that ships with Needle, also
 * with digits and marks around them), runs and repeats ("aaaaaaaaaa", "abcdefghij"), and ones built
 * from the user name.
 */
final class WeakPasswords {
  private static final String LIST = "/needle/app/common-passwords.txt";
  private static final String RUNS =
      "abcdefghijklmnopqrstuvwxyz 0123456789 qwertyuiop asdfghjkl zxcvbnm qwertzuiop azertyuiop";
  private static final String ADVICE =
      " (choose a longer phrase of words that belong together only for you)";

  private WeakPasswords() {}

  /** Why {@code password} is too weak for {@code user}, or null when it is not. */
  static String weakness(String user, char[] password) {
    String text = new String(password).toLowerCase(Locale.ROOT);
    String core = core(text);
    if (Common.WORDS.contains(text) || Common.WORDS.contains(core) || isRunOrRepeat(core)) {
      return "this password is one of the commonest, which attackers try first" + ADVICE;
    }
    if (builtFrom(text, user)) {
      return "this password is built from the user name, which attackers try first" + ADVICE;
    }
    return null;
  }

  /** The password without the digits and marks around it, with common look-alikes undone. */
  static String core(String text) {
    String bare = text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    StringBuilder plain = new StringBuilder();
    for (char c : bare.toCharArray()) {
      plain.append(
          switch (c) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> c;
          });
    }
    return bare.isEmpty() ? text : plain.toString();
  }

  /**
   * One short unit repeated ("ababab"), a run of a keyboard row or the alphabet, or digits only.
   */
  private static boolean isRunOrRepeat(String text) {
    if (text.chars().distinct().count() < 4 || text.chars().allMatch(Character::isDigit)) {
      return true;
    }
    String reversed = new StringBuilder(text).reverse().toString();
    return RUNS.contains(text) || RUNS.contains(reversed);
  }

  /** Whether little but the user name (or its parts, or it backwards) is left of the password. */
  private static boolean builtFrom(String text, String user) {
    if (user == null || user.isBlank()) {
      return false;
    }
    String name = user.trim().toLowerCase(Locale.ROOT);
    String rest = text;
    for (String part : (name + "." + new StringBuilder(name).reverse()).split("[._@\\-]+")) {
      if (part.length() >= 3) {
        rest = rest.replace(part, "");
      }
    }
    String letters = rest.replaceAll("[^\\p{L}]", "");
    return !rest.equals(text) && letters.length() < 4;
  }

  /** The list, read on first use. */
  private static final class Common {
    static final Set<String> WORDS = read();

    private static Set<String> read() {
      Set<String> words = new HashSet<>();
      try (InputStream in = WeakPasswords.class.getResourceAsStream(LIST);
          BufferedReader lines =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            words.add(line.trim());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the list of common passwords is missing from the build", e);
      }
      return words;
    }
  }
}
