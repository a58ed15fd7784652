package needle.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What an importer needs besides the file: the owner's addresses ({@code --me}), the date to expand
 * recurring events up to, how group meetings count, and where to report progress.
 */
public record ImportOptions(
    List<String> me, LocalDate asOf, String groupMode, int groupMaxOthers, Progress progress) {

  public ImportOptions {
    me = me.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether {@code email} is one of the owner's addresses (any case, "mailto:" ignored). */
  public boolean isMe(String email) {
    if (email == null) {
      return false;
    }
    String address = email.trim().toLowerCase(Locale.ROOT);
    return me.contains(address.startsWith("mailto:") ? address.substring(7) : address);
  }
}
