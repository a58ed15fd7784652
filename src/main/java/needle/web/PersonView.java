package needle.web;

import java.util.List;
import needle.app.Advice;
import needle.app.Profile;
import needle.app.TimelineItem;
import needle.scoring.Score;

/** What the person page shows that changes as things are logged: the scores and the timeline. */
public record PersonView(
    long id,
    String name,
    String title,
    String company,
    int level,
    List<String> emails,
    String notes,
    RankRow figures,
    Advice.Next advice,
    List<String> reasons,
    String lastContact,
    List<TimelineItem> timeline) {

  /** Whether the next move differs from the ranked action (after a candid no, say). */
  public boolean moveDiffers() {
    return !advice.move().equals(figures.action());
  }

  /** Title, company and level, joined by dots, leaving out what is unknown. */
  public String subtitle() {
    List<String> parts = new java.util.ArrayList<>();
    if (title != null) {
      parts.add(title);
    }
    if (company != null) {
      parts.add(company);
    }
    parts.add("level " + level);
    return String.join(" · ", parts);
  }

  static PersonView of(Profile profile) {
    var p = profile.person();
    Score s = profile.score();
    return new PersonView(
        p.id().value(),
        p.name(),
        p.title(),
        p.company(),
        p.level().rank(),
        p.emails(),
        p.notes(),
        RankRow.of(s),
        profile.advice(),
        s.reasons(),
        s.lastContact() == null ? "never" : s.lastContact().toString(),
        profile.timeline());
  }
}
