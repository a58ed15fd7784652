package needle.storage;

import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import needle.Labelled;
import needle.asks.AskId;
import needle.people.PersonId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;

/**
 * How the ledger's values sit in columns, in one place: ids as numbers, dates and instants as
 * ISO-8601 text (which sorts by time on both engines), and enums by their DESIGN label. Installed
 * in Jdbi as argument factories and column mappers, so statements bind and read the values
 * themselves; {@link #column} does the same for the batches written through plain JDBC.
 */
final class Codecs {
  private Codecs() {}

  /** Registers the argument factories and column mappers with {@code jdbi}. */
  static Jdbi install(Jdbi jdbi) {
    jdbi.registerArgument(new Arguments());
    jdbi.registerColumnMapper(PersonId.class, (rs, col, ctx) -> personId(rs, col));
    jdbi.registerColumnMapper(AskId.class, (rs, col, ctx) -> askId(rs, col));
    jdbi.registerColumnMapper(LocalDate.class, (rs, col, ctx) -> date(rs, col));
    jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> instant(rs, col));
    jdbi.registerColumnMapper(
        (ColumnMapperFactory)
            (type, config) ->
                labelled(GenericTypes.getErasedType(type))
                    .map(enumType -> (ColumnMapper<?>) (rs, col, ctx) -> label(enumType, rs, col)));
    return jdbi;
  }

  /** The column value of {@code value}: what a statement binds for it. */
  static Object column(Object value) {
    if (value instanceof PersonId id) {
      return id.value();
    }
    if (value instanceof AskId id) {
      return id.value();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Instant instant) {
      return instant.toString();
    }
    if (value instanceof Labelled labelled) {
      return labelled.label();
    }
    return value;
  }

  static PersonId personId(ResultSet rs, int column) throws SQLException {
    long id = rs.getLong(column);
    return rs.wasNull() ? null : new PersonId(id);
  }

  static AskId askId(ResultSet rs, int column) throws SQLException {
    long id = rs.getLong(column);
    return rs.wasNull() ? null : new AskId(id);
  }

  static LocalDate date(ResultSet rs, int column) throws SQLException {
    String text = rs.getString(column);
    return text == null ? null : LocalDate.parse(text);
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    String text = rs.getString(column);
    return text == null ? null : Instant.parse(text);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return date(rs, rs.findColumn(column));
  }

  /** The constant of {@code type} whose label the column holds. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <E extends Enum<E> & Labelled> E label(Class<?> type, ResultSet rs, int column)
      throws SQLException {
    String text = rs.getString(column);
    return text == null ? null : (E) Labelled.parse((Class) type, type.getSimpleName(), text);
  }

  static <E extends Enum<E> & Labelled> E label(Class<E> type, ResultSet rs, String column)
      throws SQLException {
    return label(type, rs, rs.findColumn(column));
  }

  private static Optional<Class<?>> labelled(Class<?> type) {
    return type != null && type.isEnum() && Labelled.class.isAssignableFrom(type)
        ? Optional.of(type)
        : Optional.empty();
  }

  /** Binds ids, dates and labelled enums as {@link #column} writes them. */
  private static final class Arguments implements ArgumentFactory.Preparable {
    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
      Class<?> raw = GenericTypes.getErasedType(type);
      if (raw == PersonId.class || raw == AskId.class) {
        return Optional.of(value -> bind(value, Types.BIGINT));
      }
      if (raw == LocalDate.class || raw == Instant.class || labelled(raw).isPresent()) {
        return Optional.of(value -> bind(value, Types.VARCHAR));
      }
      return Optional.empty();
    }

    private static Argument bind(Object value, int nullType) {
      return (position, statement, ctx) -> {
        if (value == null) {
          statement.setNull(position, nullType);
        } else {
          statement.setObject(position, column(value));
        }
      };
    }
  }
}
