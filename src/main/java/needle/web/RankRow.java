package needle.web;

import needle.app.Numbers;
import needle.scoring.Score;

/** One row of the dashboard's ranked table, figures formatted for display. */
public record RankRow(
    long id,
    String name,
    String title,
    int level,
    String cls,
    String direction,
    String action,
    String roi,
    String hours,
    String given,
    String received,
    String balance,
    String openness,
    int strength,
    String why) {

  static RankRow of(Score s) {
    return new RankRow(
        s.person().id().value(),
        s.person().name(),
        s.person().title(),
        s.person().level().rank(),
        s.relationshipClass().label(),
        s.direction() == null ? null : s.direction().label(),
        s.action().label(),
        Numbers.two(s.roi()),
        Numbers.one(s.hours()),
        Numbers.one(s.given()),
        Numbers.one(s.received()),
        Numbers.share(s.balance()),
        Numbers.percent(s.openness()),
        s.strength(),
        s.reasons().isEmpty() ? "" : s.reasons().get(0));
  }
}
