package needle.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import needle.NeedleException;
import needle.app.Json;

/**
 * JSON in and out of the web app, in the one vocabulary of {@link Json}; {@link #forPage} is safe
 * to embed in HTML.
 */
final class WebJson {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final ObjectMapper PAGE = Json.mapper().copy();

  /** Reads bodies without turning a number or a boolean into a text: {"name": 42} is refused. */
  private static final ObjectMapper READER = Json.mapper().copy();

  static {
    PAGE.getFactory().setCharacterEscapes(new HtmlSafe());
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      READER.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
  }

  private WebJson() {}

  static String write(Object value) {
    return write(MAPPER, value);
  }

  /**
   * JSON whose {@code <}, {@code >}, {@code &} and quotes are Unicode escapes, so that no name can
   * close the element it sits in ({@code </script>}) whatever the HTML context.
   */
  static String forPage(Object value) {
    return write(PAGE, value);
  }

  /**
   * The body as {@code type}, refused with a sentence that names the field (never a class) when it
   * is not the JSON expected or a text in it holds a control character.
   */
  static <T> T read(String body, Class<T> type) {
    try {
      return READER.treeToValue(object(body), type);
    } catch (UnrecognizedPropertyException e) {
      throw new NeedleException(
          "the request body has an unknown field \""
              + e.getPropertyName()
              + "\" (expected "
              + e.getKnownPropertyIds().stream().map(f -> "\"" + f + "\"").sorted().toList()
              + ")");
    } catch (MismatchedInputException e) {
      throw new NeedleException(
          "the request body's field \"" + Texts.path(e) + "\" has the wrong type of value");
    } catch (JsonMappingException e) {
      // Jackson's own message names the record it was filling (ApiBodies$NewPerson).
      throw new NeedleException(
          "the request body's field \"" + Texts.path(e) + "\" has a value that cannot be used");
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
  }

  /** The body as a JSON object whose texts are checked, or a sentence saying what is wrong. */
  static JsonNode object(String body) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new NeedleException("the request body is empty (expected a JSON object)");
    }
    if (!tree.isObject()) {
      throw new NeedleException(
          "the request body is not a JSON object (expected its fields between { and })");
    }
    Texts.checkJson(tree, "");
    return tree;
  }

  private static NeedleException notJson(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return new NeedleException(
        "the request body is not valid JSON"
            + (at == null
                ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Escapes the characters that mean something to an HTML parser. */
  private static final class HtmlSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafe() {
      for (char c : "<>&'\"".toCharArray()) {
        escapes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
