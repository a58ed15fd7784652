package needle.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import needle.NeedleException;

/**
 * Checks on the text a request brings, made before any of it reaches the ledger: no control
 * characters (a NUL is stored by SQLite but refused by PostgreSQL), and no e-mail given twice.
 */
final class Texts {
  private Texts() {}

  /**
   * Refuses {@code value} of {@code field} if it holds a control character other than tab or
   * newline.
   */
  static void check(String field, String value) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        throw new NeedleException(
            field
                + " holds a control character (U+"
                + String.format(Locale.ROOT, "%04X", (int) c)
                + " at position "
                + (i + 1)
                + "): remove it and send again");
      }
    }
  }

  /** Every form or query field of a request, checked. */
  static void check(Map<String, List<String>> fields) {
    fields.forEach(
        (name, values) -> {
          check("the field name", name);
          values.forEach(v -> check("the field \"" + name + "\"", v));
        });
  }

  /** Every text in a JSON body, and every field name, checked. */
  static void checkJson(JsonNode node, String path) {
    if (node.isTextual()) {
      check("the field \"" + (path.isEmpty() ? "body" : path) + "\"", node.textValue());
    }
    node.fields()
        .forEachRemaining(
            e -> {
              check("a field name", e.getKey());
              checkJson(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            });
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkJson(node.get(i), path + "[" + i + "]");
      }
    }
  }

  /** Refuses a list of e-mails that names one address twice, in any case. */
  static List<String> emails(List<String> emails) {
    Set<String> seen = new HashSet<>();
    for (String email : emails) {
      String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        throw new NeedleException("an e-mail in \"emails\" is empty (remove it or fill it in)");
      }
      if (!seen.add(key)) {
        throw new NeedleException(
            "the e-mail \""
                + email.trim()
                + "\" is given twice (e-mails are the same whatever their case): give it once");
      }
    }
    return emails.stream().map(String::trim).collect(Collectors.toList());
  }

  /** Where in the body a value of the wrong type sits, e.g. {@code emails[1]}. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }
}
