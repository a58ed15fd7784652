package needle.imports.linkedin;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import needle.imports.ImportException;

/**
 * Who the owner of a messages.csv is: whom {@code --me} names (a name as LinkedIn shows it, or a
 * profile URL), else the one sender of the SENT folder, else whoever takes part in the most
 * conversations, since an export holds only the owner's conversations.
 */
final class Owner {
  private final Set<String> names;
  private final Set<String> urls;

  private Owner(Set<String> names, Set<String> urls) {
    this.names = names;
    this.urls = urls;
  }

  boolean is(Participant p) {
    return (p.name() != null && names.contains(p.name().toLowerCase(Locale.ROOT)))
        || (p.url() != null && urls.contains(p.url()));
  }

  private boolean takesPart(Message m) {
    return is(m.from()) || m.to().stream().anyMatch(this::is);
  }

  static Owner of(Path file, List<Message> messages, List<String> me) {
    Owner given =
        new Owner(
            Set.copyOf(me),
            me.stream()
                .map(LinkedinUrls::canonical)
                .filter(LinkedinUrls::isLinkedin)
                .collect(Collectors.toSet()));
    if (messages.isEmpty() || messages.stream().anyMatch(given::takesPart)) {
      return given;
    }
    Set<String> sent =
        messages.stream()
            .filter(m -> m.folder().equalsIgnoreCase("SENT"))
            .map(m -> key(m.from()))
            .collect(Collectors.toSet());
    return named(sent.size() == 1 ? sent.iterator().next() : busiest(file, messages), messages);
  }

  /** The name in the most conversations; a tie means the file cannot tell. */
  private static String busiest(Path file, List<Message> messages) {
    Map<String, Set<String>> conversations = new HashMap<>();
    for (Message m : messages) {
      conversations.computeIfAbsent(key(m.from()), k -> new HashSet<>()).add(m.conversation());
      for (Participant p : m.to()) {
        conversations.computeIfAbsent(key(p), k -> new HashSet<>()).add(m.conversation());
      }
    }
    conversations.remove(null);
    List<Map.Entry<String, Integer>> ranked =
        conversations.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue().size()))
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .toList();
    if (ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue())) {
      throw new ImportException(
          file,
          "cannot tell which participant is you: \""
              + ranked.get(0).getKey()
              + "\" and \""
              + ranked.get(1).getKey()
              + "\" take part in as many conversations ("
              + ranked.get(0).getValue()
              + ") (say which is you: your name as LinkedIn shows it with me name, or your"
              + " profile URL with me add, on the command line or the settings page)");
    }
    return ranked.get(0).getKey();
  }

  /** The owner called {@code name}, with every profile URL that name is written with. */
  private static Owner named(String name, List<Message> messages) {
    Set<String> urls = new HashSet<>();
    for (Message m : messages) {
      if (name.equals(key(m.from()))) {
        urls.add(m.from().url());
      }
      m.to().stream().filter(p -> name.equals(key(p))).forEach(p -> urls.add(p.url()));
    }
    urls.remove(null);
    return new Owner(Set.of(name), urls);
  }

  private static String key(Participant p) {
    return p.name() == null ? null : p.name().toLowerCase(Locale.ROOT);
  }
}
