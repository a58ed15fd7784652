package needle.imports.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import needle.IoReason;
import needle.imports.ImportException;
import needle.imports.Skipped;
import needle.imports.TextFile;

/**
 * A CSV file read row by row with its header: cells are found by column name (any case), and every
 * problem is reported as {@code FILE:LINE: what is wrong (what is expected)}.
 */
public final class CsvFile {
  private final Path path;
  private final Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  /** Columns as callers name them, looked up once: a million rows ask for the same few names. */
  private final Map<String, Integer> asked = new HashMap<>();

  private int width;

  private CsvFile(Path path) {
    this.path = path;
  }

  /** One data row: its line number and its cells by column name. */
  public final class Row {
    private final CsvRecord record;

    /** Each cell trimmed once, as readers ask for the same cell more than once. */
    private final String[] trimmed;

    Row(CsvRecord record) {
      this.record = record;
      this.trimmed = new String[record.getFieldCount()];
    }

    public long line() {
      return record.getStartingLineNumber();
    }

    /** The trimmed cell of {@code column}, or "" when the column or the cell is missing. */
    public String get(String column) {
      int index = asked.computeIfAbsent(column, c -> columns.getOrDefault(c, -1));
      if (index < 0 || index >= trimmed.length) {
        return "";
      }
      if (trimmed[index] == null) {
        trimmed[index] = record.getField(index).trim();
      }
      return trimmed[index];
    }

    /** A bad value in this row, left out while the rest of the file is kept. */
    public Skipped warning(String problem) {
      return Skipped.warning(path.toString(), line(), problem);
    }

    public ImportException error(String problem) {
      return new ImportException(path, line(), problem);
    }
  }

  /**
   * Reads {@code path}, checking that its header has the {@code required} columns; the warning to
   * keep when the file was not UTF-8 (see {@link TextFile}).
   */
  public static Optional<Skipped> read(
      Path path, List<String> required, String expectedHeader, Consumer<Row> each) {
    return read(path, 0, required, expectedHeader, each);
  }

  /**
   * Reads {@code path} whose header comes after {@code preamble} records of other text (LinkedIn
   * puts a "Notes:" paragraph first); line numbers stay those of the file.
   */
  public static Optional<Skipped> read(
      Path path, int preamble, List<String> required, String expectedHeader, Consumer<Row> each) {
    return new CsvFile(path).readAll(preamble, required, expectedHeader, each);
  }

  /** The header of {@code path} in lower case, for telling formats apart; empty when unreadable. */
  public static List<String> header(Path path) {
    List<List<String>> first = firstRecords(path, 1);
    return first.isEmpty() ? List.of() : first.get(0);
  }

  /**
   * Up to {@code count} first non-empty records of {@code path}, trimmed and in lower case, for
   * finding a header after a preamble; fewer (or none) when the file ends or cannot be read.
   */
  public static List<List<String>> firstRecords(Path path, int count) {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = reader(path)) {
      for (CsvRecord r : reader) {
        if (records.size() == count) {
          break;
        }
        records.add(r.getFields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList());
      }
    } catch (IOException | UncheckedIOException | CsvParseException | ImportException e) {
      // The caller reads the file again and reports the problem with its line.
    }
    return records;
  }

  private Optional<Skipped> readAll(
      int preamble, List<String> required, String expectedHeader, Consumer<Row> each) {
    if (Files.isDirectory(path)) {
      throw new ImportException(
          path, "this is a folder, not a file (give the path of a .csv file)");
    }
    if (!Files.isRegularFile(path)) {
      throw new ImportException(path, "no such file (check the path)");
    }
    TextFile text = TextFile.open(path);
    try (CsvReader<CsvRecord> reader = reader(text)) {
      boolean headerRead = false;
      int skipped = 0;
      for (CsvRecord record : reader) {
        if (skipped < preamble) {
          skipped++;
        } else if (!headerRead) {
          readHeader(record, required, expectedHeader);
          headerRead = true;
        } else if (!blank(record)) {
          checkWidth(record);
          each.accept(new Row(record));
        }
      }
      if (!headerRead) {
        throw new ImportException(
            path, 1, "the file is empty (expected the header " + expectedHeader + ")");
      }
      return text.notice();
    } catch (NoSuchFileException e) {
      throw new ImportException(path, "no such file (check the path)");
    } catch (CsvParseException e) {
      if (e.getCause() instanceof ImportException notText) {
        throw notText;
      }
      throw new ImportException(
          path,
          lineOf(e),
          "the CSV is malformed: "
              + e.getMessage()
              + " (expected comma-separated values, quoted with \" where they contain commas)");
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new ImportException(path, "cannot read the file: " + IoReason.of(cause));
    }
  }

  private void readHeader(CsvRecord header, List<String> required, String expectedHeader) {
    width = header.getFieldCount();
    for (int i = 0; i < width; i++) {
      columns.putIfAbsent(header.getField(i).trim(), i);
    }
    List<String> missing = new ArrayList<>();
    required.stream().filter(c -> !columns.containsKey(c)).forEach(missing::add);
    if (!missing.isEmpty()) {
      throw new ImportException(
          path,
          header.getStartingLineNumber(),
          "the header lacks "
              + String.join(", ", missing)
              + " (expected the header "
              + expectedHeader
              + ")");
    }
  }

  private void checkWidth(CsvRecord record) {
    if (record.getFieldCount() > width) {
      throw new ImportException(
          path,
          record.getStartingLineNumber(),
          record.getFieldCount()
              + " values, but the header has "
              + width
              + " columns (expected one value per column; quote values that contain commas)");
    }
  }

  private static boolean blank(CsvRecord record) {
    for (int i = 0; i < record.getFieldCount(); i++) {
      if (!record.getField(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static long lineOf(CsvParseException e) {
    var matcher =
        java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
    return matcher.find() ? Long.parseLong(matcher.group(1)) : 1;
  }

  private static CsvReader<CsvRecord> reader(Path path) {
    return reader(TextFile.open(path));
  }

  /** FastCSV reads what {@link TextFile} decodes, so every CSV format detects its encoding. */
  private static CsvReader<CsvRecord> reader(TextFile text) {
    return CsvReader.builder()
        .allowExtraFields(true)
        .allowMissingFields(true)
        .skipEmptyLines(true)
        .allowUnclosedQuote(false)
        .ofCsvRecord(text);
  }
}
