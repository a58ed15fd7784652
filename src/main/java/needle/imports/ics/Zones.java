package needle.imports.ics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import needle.imports.Skipped;

/**
 * Finds the zone a TZID names. An IANA name wins (also behind a prefix such as
 * "/softwarestudio.org/Tzfile/America/Chicago"), then a Windows name ("W. Europe Standard Time")
 * through a table of the common ones, then the file's own VTIMEZONE; an unknown TZID, or a
 * VTIMEZONE that cannot be read, is read as floating time with a warning: that keeps minutes right
 * except across a DST change.
 */
final class Zones {
  private static final Map<String, String> WINDOWS = windows();

  private final Map<String, Component> vtimezones;
  private final LocalDateTime until;
  private final Values values;
  private final String file;
  private final Consumer<Skipped> warn;
  private final Map<String, Zone> known = new HashMap<>();

  Zones(
      Map<String, Component> vtimezones,
      LocalDateTime until,
      Values values,
      String file,
      Consumer<Skipped> warn) {
    this.vtimezones = vtimezones;
    this.until = until;
    this.values = values;
    this.file = file;
    this.warn = warn;
  }

  /**
   * The zone of a value with this TZID parameter (null: floating) and UTC flag, written on {@code
   * line}: the first value in a zone that cannot be found says so.
   */
  Zone of(String tzid, boolean utc, long line) {
    if (utc) {
      return Zone.UTC;
    }
    if (tzid == null) {
      return Zone.FLOATING;
    }
    Zone zone = known.get(tzid.trim());
    if (zone == null) {
      zone = find(tzid.trim(), line);
      known.put(tzid.trim(), zone);
    }
    return zone;
  }

  private Zone find(String tzid, long line) {
    try {
      Zone zone = find(tzid);
      if (zone == null) {
        warn.accept(
            Skipped.warning(
                file,
                line,
                "TZID \""
                    + ContentLines.shorten(tzid)
                    + "\" is not a time zone (expected an IANA name such as Europe/Paris, or a"
                    + " VTIMEZONE of that TZID); its times are read as local time"));
        return Zone.FLOATING;
      }
      return zone;
    } catch (BadValue e) {
      warn.accept(
          e.warning(
              file, "the VTIMEZONE " + ContentLines.shorten(tzid) + " is read as local time"));
      return Zone.FLOATING;
    }
  }

  /** The zone {@code tzid} names, or null when neither Java nor the file knows it. */
  private Zone find(String tzid) {
    ZoneId iana = iana(tzid);
    if (iana == null) {
      iana = iana(WINDOWS.get(tzid.toLowerCase(Locale.ROOT)));
    }
    if (iana != null) {
      return new Zone(iana.getId(), iana.getRules());
    }
    Component vtimezone = vtimezones.get(tzid);
    if (vtimezone == null) {
      return null;
    }
    return TimezoneRules.of(vtimezone, until, values)
        .map(rules -> new Zone(tzid, rules))
        .orElse(Zone.FLOATING);
  }

  private static ZoneId iana(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    for (int from = 0; from >= 0; from = name.indexOf('/', from + 1)) {
      String candidate = name.substring(from == 0 ? 0 : from + 1);
      if (candidate.contains("/") || from == 0) {
        try {
          return ZoneId.of(candidate);
        } catch (DateTimeException e) {
          // not this suffix; try the next one
        }
      }
    }
    return null;
  }

  private static Map<String, String> windows() {
    Properties table = new Properties();
    try (InputStream in = Zones.class.getResourceAsStream("windows-zones.properties")) {
      table.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the Windows zone table is part of the jar", e);
    }
    Map<String, String> map = new HashMap<>();
    table.forEach((k, v) -> map.put(k.toString().toLowerCase(Locale.ROOT), v.toString()));
    return Map.copyOf(map);
  }
}
