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

/**
 * Finds the zone a TZID names. An IANA name wins (also behind a prefix such as
 * "/softwarestudio.org/Tzfile/America/Chicago"), then a Windows name ("W. Europe Standard Time")
 * through a table of the common ones, then the file's own VTIMEZONE; an unknown TZID is read as
 * floating time, which keeps minutes right except across a DST change.
 */
final class Zones {
  private static final Map<String, String> WINDOWS = windows();

  private final Map<String, Component> vtimezones;
  private final LocalDateTime until;
  private final Values values;
  private final Map<String, Zone> known = new HashMap<>();

  Zones(Map<String, Component> vtimezones, LocalDateTime until, Values values) {
    this.vtimezones = vtimezones;
    this.until = until;
    this.values = values;
  }

  /** The zone of a value with this TZID parameter (null: floating) and UTC flag. */
  Zone of(String tzid, boolean utc) {
    if (utc) {
      return Zone.UTC;
    }
    return tzid == null ? Zone.FLOATING : known.computeIfAbsent(tzid.trim(), this::find);
  }

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
      return Zone.FLOATING;
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
