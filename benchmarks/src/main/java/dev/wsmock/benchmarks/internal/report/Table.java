package dev.wsmock.benchmarks.internal.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a title, right-aligned numbers and left-aligned text; also valid Markdown. */
public final class Table {
  private final String title;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String title, String... headers) {
    this.title = title;
    this.headers = List.of(headers);
  }

  public Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(headers.size() + " cells expected, got " + cells.length);
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(format(cell));
    }
    rows.add(row);
    return this;
  }

  private static String format(Object cell) {
    if (cell == null) {
      return "-";
    }
    if (cell instanceof Double d) {
      double abs = Math.abs(d);
      if (d.isNaN()) {
        return "-";
      }
      return abs >= 1000
          ? String.format("%,.0f", d)
          : abs >= 100
              ? String.format("%.0f", d)
              : abs >= 10 ? String.format("%.1f", d) : String.format("%.2f", d);
    }
    if (cell instanceof Long || cell instanceof Integer) {
      return String.format("%,d", ((Number) cell).longValue());
    }
    return cell.toString();
  }

  public String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder text = new StringBuilder("### ").append(title).append("\n\n");
    line(text, headers, widths, true);
    text.append('|');
    for (int width : widths) {
      text.append('-').append("-".repeat(width)).append("-|");
    }
    text.append('\n');
    rows.forEach(row -> line(text, row, widths, false));
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> cells, int[] widths, boolean header) {
    text.append('|');
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      boolean number =
          !header
              && !cell.isEmpty()
              && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-');
      String padded =
          number
              ? " ".repeat(widths[c] - cell.length()) + cell
              : cell + " ".repeat(widths[c] - cell.length());
      text.append(' ').append(padded).append(" |");
    }
    text.append('\n');
  }
}
