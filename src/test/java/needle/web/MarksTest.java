package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import needle.asks.coach.Finding;
import needle.asks.coach.Severity;
import org.junit.jupiter.api.Test;

class MarksTest {
  @Test
  void overlappingFindingsBecomePiecesMarkedWithTheWorstSeverity() {
    String text = "please grab coffee soon";
    List<Finding> findings =
        List.of(
            new Finding("vague", Severity.BAD, "vague meeting", 7, 18),
            new Finding("soft", Severity.WARNING, "no time given", 12, 23));

    List<Marks.Piece> pieces = Marks.of(text, findings);

    assertThat(pieces)
        .containsExactly(
            new Marks.Piece("please ", null, null),
            new Marks.Piece("grab ", "bad", "vague meeting"),
            new Marks.Piece("coffee", "bad", "vague meeting; no time given"),
            new Marks.Piece(" soon", "warning", "no time given"));
    assertThat(String.join("", pieces.stream().map(Marks.Piece::text).toList())).isEqualTo(text);
  }

  @Test
  void findingsAboutTheWholeDraftAreNotMarked() {
    List<Finding> findings = List.of(new Finding("no-offer", Severity.WARNING, "give first", 0, 9));

    assertThat(Marks.of(" thanks! ", findings))
        .containsExactly(new Marks.Piece(" thanks! ", null, null));
  }

  @Test
  void aDraftWithoutFindingsIsOnePlainPiece() {
    assertThat(Marks.of("thanks", List.of()))
        .containsExactly(new Marks.Piece("thanks", null, null));
  }
}
