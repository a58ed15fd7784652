package needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import needle.NeedleException;

/**
 * The fields of a change, from an edit form or a JSON body (PATCH): a field that was not sent
 * leaves its value as it is, a blank one clears it.
 */
abstract class Fields {
  /** Whether the request sent {@code name} at all. */
  abstract boolean has(String name);

  /** The trimmed text of {@code name}; null when blank, null or not sent. */
  abstract String text(String name);

  /** The texts of a list field; a form gives them one a line or separated by commas. */
  abstract List<String> list(String name);

  /** A number field, or null when blank; {@code example} is shown when it is not a number. */
  abstract Double number(String name, String example);

  /** A yes-or-no field: sent at all on a form, {@code true} in JSON. */
  abstract boolean flag(String name);

  /** A date field as YYYY-MM-DD, or null when blank. */
  LocalDate date(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new NeedleException(
          name + " \"" + text + "\" is not a date (expected YYYY-MM-DD, e.g. 2026-03-01)");
    }
  }

  /** A whole number field, or null when blank. */
  Integer whole(String name, String example) {
    Double value = number(name, example);
    if (value == null) {
      return null;
    }
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw new NeedleException(
          name + " " + value + " is not a whole number (expected e.g. " + example + ")");
    }
    return value.intValue();
  }

  /** A field that must not be cleared: its text, refused when sent blank. */
  String required(String name, String example) {
    String text = text(name);
    if (text == null) {
      throw new NeedleException(name + " cannot be empty (expected e.g. " + example + ")");
    }
    return text;
  }

  static Fields form(Context ctx) {
    return new Form(ctx);
  }

  /** The JSON object {@code body}, refused when it has a field outside {@code known}. */
  static Fields json(String body, Set<String> known) {
    JsonNode tree = WebJson.object(body);
    tree.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                throw new NeedleException(
                    "the request body has an unknown field \""
                        + name
                        + "\" (expected "
                        + new TreeSet<>(known).stream().map(f -> "\"" + f + "\"").toList()
                        + ")");
              }
            });
    return new Json(tree);
  }

  private static final class Form extends Fields {
    private final Context ctx;

    Form(Context ctx) {
      this.ctx = ctx;
    }

    @Override
    boolean has(String name) {
      return ctx.formParamMap().containsKey(name);
    }

    @Override
    String text(String name) {
      return Requests.optional(ctx.formParam(name));
    }

    @Override
    boolean flag(String name) {
      return has(name);
    }

    @Override
    List<String> list(String name) {
      String text = text(name);
      return text == null
          ? List.of()
          : Arrays.stream(text.split("[,\\n]"))
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .toList();
    }

    @Override
    Double number(String name, String example) {
      String text = text(name);
      return text == null ? null : Requests.number(text, name, example);
    }
  }

  private static final class Json extends Fields {
    private final JsonNode tree;

    Json(JsonNode tree) {
      this.tree = tree;
    }

    @Override
    boolean has(String name) {
      return tree.has(name);
    }

    @Override
    boolean flag(String name) {
      JsonNode node = tree.get(name);
      if (node == null || node.isNull()) {
        return false;
      }
      if (!node.isBoolean()) {
        throw wrongType(name);
      }
      return node.booleanValue();
    }

    @Override
    String text(String name) {
      JsonNode node = tree.get(name);
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isTextual()) {
        throw wrongType(name);
      }
      return Requests.optional(node.textValue());
    }

    @Override
    List<String> list(String name) {
      JsonNode node = tree.get(name);
      if (node == null || node.isNull()) {
        return List.of();
      }
      if (!node.isArray()) {
        throw wrongType(name);
      }
      List<String> texts = new ArrayList<>();
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          throw wrongType(name + "[" + texts.size() + "]");
        }
        texts.add(item.textValue().trim());
      }
      return texts;
    }

    @Override
    Double number(String name, String example) {
      JsonNode node = tree.get(name);
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isNumber()) {
        throw new NeedleException(
            "the request body's field \""
                + name
                + "\" is not a number (expected e.g. "
                + example
                + ")");
      }
      return node.doubleValue();
    }

    private static NeedleException wrongType(String name) {
      return new NeedleException(
          "the request body's field \"" + name + "\" has the wrong type of value");
    }
  }
}
