package needle.imports.google;

import java.util.List;

/**
 * Where a Google Contacts export keeps each detail: the old export and the new one name the same
 * things differently, and number the e-mail, phone and website columns.
 */
record Columns(
    boolean old,
    List<String> nameParts,
    String company,
    String title,
    String labels,
    List<String> emails,
    List<String> phones,
    List<String> websites) {

  /** The columns of a file whose header (in lower case) is {@code header}. */
  static Columns of(List<String> header) {
    boolean old = header.contains("name") || !header.contains("first name");
    return new Columns(
        old,
        old
            ? List.of("Given Name", "Additional Name", "Family Name")
            : List.of("First Name", "Middle Name", "Last Name"),
        old ? "Organization 1 - Name" : "Organization Name",
        old ? "Organization 1 - Title" : "Organization Title",
        old ? "Group Membership" : "Labels",
        numbered(header, "e-mail"),
        numbered(header, "phone"),
        numbered(header, "website"));
  }

  List<String> required() {
    return old ? List.of("Name") : List.of("First Name", "Last Name");
  }

  /** "E-mail 1 - Value", "E-mail 2 - Value"… as the header has them. */
  private static List<String> numbered(List<String> header, String kind) {
    return header.stream().filter(h -> h.matches(kind + " \\d+ - value")).toList();
  }
}
