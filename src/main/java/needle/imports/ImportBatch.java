package needle.imports;

import java.util.List;

/**
 * Everything one file holds, read and checked before anything is written: the people it names, the
 * entries, and the rows it skipped with their reasons.
 */
public record ImportBatch(
    String source,
    String file,
    List<Contact> contacts,
    List<Entry> entries,
    List<Skipped> skipped) {

  public ImportBatch {
    contacts = List.copyOf(contacts);
    entries = List.copyOf(entries);
    skipped = List.copyOf(skipped);
  }
}
