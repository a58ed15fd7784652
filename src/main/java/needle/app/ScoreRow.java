package needle.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import needle.scoring.Figures;
import needle.scoring.Score;

/** One ranked relationship as {@code rank --json}, the API and the pages' data carry it. */
public record ScoreRow(
    long id,
    String name,
    String title,
    String company,
    int level,
    Double hours,
    Double given,
    Double received,
    Double roi,
    Double balance,
    Double openness,
    int strength,
    @JsonProperty("class") String relationshipClass,
    String direction,
    String action,
    List<String> reasons,
    LocalDate lastContact,
    int openAsks) {

  public static ScoreRow of(Score s) {
    return new ScoreRow(
        s.person().id() == null ? 0 : s.person().id().value(),
        s.person().name(),
        s.person().title(),
        s.person().company(),
        s.person().level().rank(),
        Figures.round(s.hours()),
        Figures.round(s.given()),
        Figures.round(s.received()),
        Figures.round(s.roi()),
        Figures.round(s.balance()),
        Figures.round(s.openness()),
        s.strength(),
        s.relationshipClass().label(),
        s.direction() == null ? null : s.direction().label(),
        s.action().label(),
        s.reasons(),
        s.lastContact(),
        s.openAsks());
  }
}
