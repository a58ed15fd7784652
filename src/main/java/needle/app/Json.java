package needle.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * The one JSON vocabulary: every row a door prints or answers with is a record serialised by this
 * mapper (the API installs it as the web server's JSON mapper, {@code --json} prints with it).
 * Dates are written as YYYY-MM-DD.
 */
public final class Json {
  private static final ObjectMapper MAPPER = configure(new ObjectMapper());

  private Json() {}

  /** The configured mapper; callers that need another flavour take a copy. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@code value} as JSON, indented for people reading a terminal. */
  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Writes {@code value} to {@code out} as {@link #pretty} would answer it, as it goes: a long
   * listing is never held as one string. {@code out} is left open.
   */
  public static void writePretty(Writer out, Object value) throws IOException {
    MAPPER
        .writerWithDefaultPrettyPrinter()
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, value);
  }

  static ObjectMapper configure(ObjectMapper mapper) {
    SimpleModule dates = new SimpleModule("needle-dates");
    dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
    return mapper
        .registerModule(dates)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }
}
