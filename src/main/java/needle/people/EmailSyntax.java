package needle.people;

import java.util.regex.Pattern;

/**
 * What every door and every import takes for an e-mail address: something, an {@code @}, something,
 * with no spaces. Lenient on purpose: real exports hold addresses no stricter rule allows (Enron's
 * {@code k..allen@enron.com}), and a person typing an address is told only when it cannot be one.
 */
public final class EmailSyntax {
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private EmailSyntax() {}

  public static boolean isAddress(String text) {
    return text != null && ADDRESS.matcher(text).matches();
  }
}
