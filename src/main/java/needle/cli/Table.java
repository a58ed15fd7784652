package needle.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns padded to their widest cell, numbers aligned right. */
final class Table {
  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();
  private int maxWidth = Integer.MAX_VALUE;

  /** Headers that start with '>' are right-aligned (the '>' is not printed). */
  Table(String... headers) {
    this.headers = new ArrayList<>();
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      this.headers.add(right[i] ? headers[i].substring(1) : headers[i]);
    }
  }

  Table row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "-" : TerminalSafe.cell(cell.toString()));
    }
    rows.add(row);
    return this;
  }

  /** Cuts the widest text columns, with an ellipsis, so that lines fit {@code width} characters. */
  Table fit(int width) {
    this.maxWidth = width;
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int[] widths = new int[headers.size()];
    for (List<String> row : withHeaders()) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    shrink(widths);
    for (List<String> row : withHeaders()) {
      out.println(line(row, widths).stripTrailing());
    }
    out.flush();
  }

  private List<List<String>> withHeaders() {
    List<List<String>> all = new ArrayList<>();
    all.add(headers);
    all.addAll(rows);
    return all;
  }

  /** Narrows the widest left-aligned columns until the table fits, keeping each header whole. */
  private void shrink(int[] widths) {
    int total = java.util.Arrays.stream(widths).sum() + 2 * (widths.length - 1);
    while (total > maxWidth) {
      int widest = -1;
      for (int i = 0; i < widths.length; i++) {
        boolean narrower = widest < 0 || widths[i] > widths[widest];
        if (!right[i] && widths[i] > Math.max(MIN_CUT, headers.get(i).length()) && narrower) {
          widest = i;
        }
      }
      if (widest < 0) {
        return;
      }
      int floor = Math.max(MIN_CUT, headers.get(widest).length());
      int cut = Math.min(total - maxWidth, widths[widest] - floor);
      widths[widest] -= cut;
      total -= cut;
    }
  }

  /** A column is never cut narrower than this. */
  private static final int MIN_CUT = 8;

  private static String cut(String cell, int width) {
    return cell.length() <= width ? cell : cell.substring(0, width - 1) + "…";
  }

  private String line(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String cell = cut(row.get(i), widths[i]);
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(right[i] ? pad + cell : cell + pad);
      if (i < row.size() - 1) {
        line.append("  ");
      }
    }
    return line.toString();
  }
}
