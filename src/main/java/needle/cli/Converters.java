package needle.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import needle.Labelled;
import needle.NeedleException;
import needle.ledger.Channel;
import needle.ledger.Kind;
import needle.scoring.SortKey;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns option values into domain types with messages that say what was expected. */
final class Converters {
  private Converters() {}

  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "invalid date \"" + text + "\" (expected YYYY-MM-DD, e.g. 2026-03-31)");
      }
    }
  }

  /** A TCP port, checked before anything is opened: 0 asks the system for a free one. */
  static final class Port implements ITypeConverter<Integer> {
    static final int MAX = 65_535;

    @Override
    public Integer convert(String text) {
      try {
        int port = Integer.parseInt(text.trim());
        if (port >= 0 && port <= MAX) {
          return port;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new TypeConversionException(
          "port \""
              + text
              + "\" is not a port (expected a number from 1 to 65535, or 0 for any free one)");
    }
  }

  static final class KindConverter implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String text) {
      return labelled(() -> Kind.parse(text));
    }
  }

  static final class ChannelConverter implements ITypeConverter<Channel> {
    @Override
    public Channel convert(String text) {
      return labelled(() -> Channel.parse(text));
    }
  }

  static final class SortKeyConverter implements ITypeConverter<SortKey> {
    @Override
    public SortKey convert(String text) {
      return labelled(() -> SortKey.parse(text));
    }
  }

  private static <E extends Labelled> E labelled(java.util.function.Supplier<E> parse) {
    try {
      return parse.get();
    } catch (NeedleException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
