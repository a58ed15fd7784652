package needle.web;

import java.util.List;

/** The JSON bodies the API accepts; absent optional fields are null. */
final class ApiBodies {
  private ApiBodies() {}

  record NewPerson(String name, String title, String company, List<String> emails) {}

  record NewTime(Double minutes, String on, String channel, String note, Boolean force) {}

  record NewValue(
      String direction, String kind, Double points, String on, String note, Boolean force) {}

  record NewAsk(Long personId, String text, Boolean fromThem, String on, Boolean force) {}

  record Resolution(String outcome, String on, Boolean force) {}

  /**
   * What {@code POST /api/asks/review} does with the asks found in mail: one of accept these ids,
   * dismiss these ids, or accept all.
   */
  record Review(List<Long> accept, List<Long> dismiss, Boolean acceptAll) {}

  /** Which change {@code POST /api/undo} takes back; the latest when absent. */
  record UndoStep(Long step) {}
}
