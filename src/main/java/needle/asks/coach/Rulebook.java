package needle.asks.coach;

import java.util.List;

/**
 * Everything a rules file says: the settings for the whole coach, the roles its clauses can play,
 * and its rules, in order.
 */
record Rulebook(Settings settings, Roles roles, List<Rule> rules) {

  Rulebook {
    rules = List.copyOf(rules);
  }
}
