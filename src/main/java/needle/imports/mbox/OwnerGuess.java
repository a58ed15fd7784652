package needle.imports.mbox;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses whose mail this is when no {@code --me} is given: the address found in the most messages,
 * as sender or To recipient. In a sent folder that is the sender of every message; in an inbox, the
 * recipient of most.
 */
final class OwnerGuess {
  private final Map<String, Integer> counts = new HashMap<>();
  private int messages;

  void add(MailHeader h) {
    Set<String> addresses = new LinkedHashSet<>();
    if (h.from() != null) {
      addresses.add(h.from().address());
    }
    h.to().forEach(m -> addresses.add(m.address()));
    addresses.forEach(a -> counts.merge(a, 1, Integer::sum));
    messages++;
  }

  /** The likeliest owner's address, with the number of messages it is found in. */
  Optional<Map.Entry<String, Integer>> owner() {
    return counts.entrySet().stream()
        .min(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
  }

  int messages() {
    return messages;
  }
}
