package needle.web;

import java.util.Properties;
import needle.scoring.Policy;

/**
 * The scoring config in force, with the user's overrides and the file they come from (or would come
 * from), for the settings page.
 */
public record ScoringConfig(Policy policy, Properties overrides, String overrideFile) {
  public ScoringConfig {
    Properties copy = new Properties();
    copy.putAll(overrides);
    overrides = copy;
  }

  public static ScoringConfig defaults(String overrideFile) {
    return new ScoringConfig(Policy.defaults(), new Properties(), overrideFile);
  }
}
