package needle.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import needle.NeedleException;
import needle.ledger.Kind;

/**
 * Every number the scoring uses. The defaults and their documentation live in {@code
 * policy.properties} beside this class; a user's file overrides any of them.
 */
public record Policy(
    int halfLifeDays,
    int followUpDays,
    int recentDays,
    double balancedMin,
    double balancedMax,
    double newMaxHours,
    double oneSidedMinPoints,
    int statusMinLevel,
    double statusMinHours,
    int secretiveMinIgnored,
    double secretiveMaxOpenness,
    double socialMinHours,
    double strongMinOpenness,
    double developingGiveAboveBalance,
    int strongCadenceDays,
    StrengthWeights strength,
    GroupMeetings groupMeetings,
    Map<Kind, Double> points) {

  /** The blend behind {@code strength}; the five weights add up to 100. */
  public record StrengthWeights(
      double flowPoints,
      double jointPoints,
      double flow,
      double balance,
      double openness,
      double collaboration,
      double recency) {}

  /** How a meeting with several other attendees is counted. */
  public record GroupMeetings(String mode, int maxOthers) {}

  private static final String DEFAULTS = "policy.properties";

  /**
   * Figures are sums of decayed doubles, so a threshold met up to rounding counts as met: 6 points
   * got and 2 given on the same old date are still exactly 3:1.
   */
  private static final double SLACK = 1e-9;

  public Policy {
    points = Map.copyOf(points);
  }

  /** The defaults, as documented in {@code policy.properties}. */
  public static Policy defaults() {
    return Defaults.POLICY;
  }

  /** The defaults with {@code overrides} laid over them; {@code origin} names the file. */
  public static Policy withOverrides(Properties overrides, String origin) {
    Properties merged = new Properties();
    merged.putAll(Defaults.PROPERTIES);
    Set<String> unknown = new TreeSet<>(overrides.stringPropertyNames());
    unknown.removeAll(Defaults.PROPERTIES.stringPropertyNames());
    if (!unknown.isEmpty()) {
      throw new NeedleException(
          origin + ": unknown setting " + unknown + " (expected one of the names in the defaults)");
    }
    merged.putAll(overrides);
    return fromProperties(new Reader(merged, origin));
  }

  /** The points a value event of {@code kind} carries when it names none of its own. */
  public double pointsOf(Kind kind) {
    return points.get(kind);
  }

  /** Whether {@code balance} lies within the balanced band, ends included. */
  public boolean balanced(double balance) {
    return atLeast(balance, balancedMin) && !above(balance, balancedMax);
  }

  /** Whether {@code figure} reaches {@code threshold}, up to rounding. */
  static boolean atLeast(double figure, double threshold) {
    return figure >= threshold - SLACK;
  }

  /** Whether {@code figure} exceeds {@code threshold} by more than rounding. */
  static boolean above(double figure, double threshold) {
    return figure > threshold + SLACK;
  }

  private static Policy fromProperties(Reader r) {
    Map<Kind, Double> points = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      points.put(kind, r.nonNegative("points." + kind.label()));
    }
    StrengthWeights weights =
        new StrengthWeights(
            r.positive("strength-flow-points"),
            r.positive("strength-joint-points"),
            r.nonNegative("strength-weight-flow"),
            r.nonNegative("strength-weight-balance"),
            r.nonNegative("strength-weight-openness"),
            r.nonNegative("strength-weight-collaboration"),
            r.nonNegative("strength-weight-recency"));
    double sum =
        weights.flow()
            + weights.balance()
            + weights.openness()
            + weights.collaboration()
            + weights.recency();
    if (Math.abs(sum - 100) > 1e-9) {
      throw new NeedleException(
          r.origin + ": the strength weights add up to " + sum + " (expected 100)");
    }
    return new Policy(
        (int) r.positive("half-life-days"),
        (int) r.nonNegative("follow-up-days"),
        (int) r.positive("recent-days"),
        r.share("balanced-min"),
        r.share("balanced-max"),
        r.nonNegative("new-max-hours"),
        r.nonNegative("one-sided-min-points"),
        (int) r.nonNegative("status-min-level"),
        r.nonNegative("status-min-hours"),
        (int) r.nonNegative("secretive-min-ignored"),
        r.share("secretive-max-openness"),
        r.nonNegative("social-min-hours"),
        r.share("strong-min-openness"),
        r.share("developing-give-above-balance"),
        (int) r.positive("strong-cadence-days"),
        weights,
        new GroupMeetings(
            r.groupMode("group-meeting-mode"), (int) r.nonNegative("group-meeting-max-others")),
        points);
  }

  /** Reads numbers from properties and says which line is wrong. */
  private record Reader(Properties properties, String origin) {
    double number(String key) {
      String text = properties.getProperty(key, "").trim();
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new NeedleException(
            origin
                + ": "
                + key
                + " = \""
                + text
                + "\" is not a number (expected e.g. "
                + key
                + " = 2)");
      }
    }

    double nonNegative(String key) {
      double value = number(key);
      if (value < 0) {
        throw new NeedleException(origin + ": " + key + " is " + value + " (expected 0 or more)");
      }
      return value;
    }

    double positive(String key) {
      double value = number(key);
      if (value <= 0) {
        throw new NeedleException(origin + ": " + key + " is " + value + " (expected more than 0)");
      }
      return value;
    }

    double share(String key) {
      double value = number(key);
      if (value < 0 || value > 1) {
        throw new NeedleException(origin + ": " + key + " is " + value + " (expected 0 to 1)");
      }
      return value;
    }

    String groupMode(String key) {
      String mode = properties.getProperty(key, "").trim();
      if (!Set.of("split", "full", "ignore").contains(mode)) {
        throw new NeedleException(
            origin + ": " + key + " is \"" + mode + "\" (expected split, full or ignore)");
      }
      return mode;
    }
  }

  /** Loaded once: the documented defaults. */
  private static final class Defaults {
    static final Properties PROPERTIES = load();
    static final Policy POLICY = fromProperties(new Reader(PROPERTIES, DEFAULTS));

    private static Properties load() {
      try (InputStream in = Policy.class.getResourceAsStream(DEFAULTS)) {
        Properties properties = new Properties();
        properties.load(in);
        return properties;
      } catch (IOException e) {
        throw new UncheckedIOException("the built-in " + DEFAULTS + " cannot be read", e);
      }
    }
  }
}
