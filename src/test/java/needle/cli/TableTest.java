package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Tables fit the terminal: the widest text columns are cut with an ellipsis, numbers never. */
class TableTest {
  @Test
  void aWideTableIsCutToTheWidthWithAnEllipsis() {
    Table table = new Table("NAME", ">HOURS", "WHY");
    table.row(
        "Greta Alvarez", "12.5", "got 14.1 points, gave 9.2 (balance 0.61); balanced and open");

    String printed = print(table.fit(40));

    assertThat(printed.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
    assertThat(printed).contains("12.5").contains("…");
  }

  @Test
  void aNarrowTableIsLeftAsItIs() {
    Table table = new Table("NAME", ">HOURS");
    table.row("Ada", "1.0");

    assertThat(print(table.fit(80))).doesNotContain("…").contains("Ada  ");
  }

  private static String print(Table table) {
    StringWriter out = new StringWriter();
    table.print(new PrintWriter(out));
    return out.toString();
  }
}
