package needle.asks.coach;

import java.util.List;

/** Everything a rules file says: the settings for the whole coach and its rules, in order. */
record Rulebook(Settings settings, List<Rule> rules) {

  Rulebook {
    rules = List.copyOf(rules);
  }
}
