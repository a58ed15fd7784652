package needle.web;

import java.util.List;

/** The JSON bodies the API accepts; absent optional fields are null. */
final class ApiBodies {
  private ApiBodies() {}

  record NewPerson(String name, String title, String company, List<String> emails) {}

  record NewTime(Double minutes, String on, String channel, String note) {}

  record NewValue(String direction, String kind, Double points, String on, String note) {}

  record NewAsk(Long personId, String text, Boolean fromThem, String on) {}

  record Resolution(String outcome, String on) {}

  /** Which change {@code POST /api/undo} takes back; the latest when absent. */
  record UndoStep(Long step) {}
}
