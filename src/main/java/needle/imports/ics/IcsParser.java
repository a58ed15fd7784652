package needle.imports.ics;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import needle.imports.ImportException;
import needle.imports.Skipped;

/**
 * Reads an iCalendar file into its components. Lenient where real writers commonly stray (blank
 * lines between calendars or inside a component, a file of bare VEVENTs, odd parameters), strict
 * where the structure is broken (unbalanced BEGIN/END, text that is not iCalendar).
 */
final class IcsParser {
  private static final Set<String> TOP_LEVEL =
      Set.of("VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE");

  private final Path file;
  private final Consumer<Skipped> warn;
  private final Deque<Builder> open = new ArrayDeque<>();
  private final List<Component> top = new ArrayList<>();

  private IcsParser(Path file, Consumer<Skipped> warn) {
    this.file = file;
    this.warn = warn;
  }

  /**
   * The file's top-level components, normally one VCALENDAR; {@code notice} hears of what was read
   * leniently (a blank line inside a component, a file not in UTF-8).
   */
  static List<Component> parse(Path file, Consumer<Skipped> notice) {
    return new IcsParser(file, notice).run(ContentLines.read(file, notice));
  }

  private List<Component> run(List<Property> lines) {
    long last = 0;
    for (Property line : lines) {
      if (line.name().isEmpty()) {
        blank(line.line());
      } else {
        accept(line);
      }
      last = line.line();
    }
    if (!open.isEmpty()) {
      Builder b = open.peek();
      throw new ImportException(
          file,
          last,
          b.name + " begun on line " + b.line + " is never closed (expected END:" + b.name + ")");
    }
    if (top.isEmpty()) {
      throw new ImportException(file, 1, "the file is empty (expected BEGIN:VCALENDAR)");
    }
    return top;
  }

  /** A blank line inside a component breaks RFC 5545 but loses nothing: it is passed over. */
  private void blank(long line) {
    if (!open.isEmpty()) {
      warn.accept(
          Skipped.warning(
              file.toString(),
              line,
              "empty line inside " + open.peek().name + " (expected NAME:VALUE); passed over"));
    }
  }

  private void accept(Property p) {
    String value = p.value().trim().toUpperCase(Locale.ROOT);
    if (p.name().equals("BEGIN")) {
      begin(value, p.line());
    } else if (p.name().equals("END")) {
      end(value, p.line());
    } else if (open.isEmpty()) {
      throw notCalendar(p, p.name() + ":" + ContentLines.shorten(p.value()));
    } else {
      open.peek().properties.add(p);
    }
  }

  private void begin(String name, long line) {
    if (name.isEmpty()) {
      throw new ImportException(
          file, line, "BEGIN names no component (expected e.g. BEGIN:VEVENT)");
    }
    if (open.isEmpty() && !TOP_LEVEL.contains(name)) {
      throw new ImportException(
          file, line, "BEGIN:" + name + " is not an iCalendar object (expected BEGIN:VCALENDAR)");
    }
    open.push(new Builder(name, line));
  }

  private void end(String name, long line) {
    if (open.isEmpty() || !open.peek().name.equals(name)) {
      String expected = open.isEmpty() ? "nothing is open" : "expected END:" + open.peek().name;
      throw new ImportException(
          file, line, "END:" + name + " does not close anything (" + expected + ")");
    }
    Component done = open.pop().build();
    if (open.isEmpty()) {
      top.add(done);
    } else {
      open.peek().children.add(done);
    }
  }

  private ImportException notCalendar(Property p, String found) {
    String where = top.isEmpty() ? "not an iCalendar file: " : "text outside any component: ";
    return new ImportException(
        file, p.line(), where + "found \"" + found + "\" (expected BEGIN:VCALENDAR)");
  }

  /** A component being read. */
  private static final class Builder {
    final String name;
    final long line;
    final List<Property> properties = new ArrayList<>();
    final List<Component> children = new ArrayList<>();

    Builder(String name, long line) {
      this.name = name;
      this.line = line;
    }

    Component build() {
      return new Component(name, properties, children, line);
    }
  }
}
