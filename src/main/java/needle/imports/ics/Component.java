package needle.imports.ics;

import java.util.List;
import java.util.Optional;

/** A component (VCALENDAR, VEVENT, VTIMEZONE…) with its properties, subcomponents and line. */
record Component(String name, List<Property> properties, List<Component> children, long line) {

  Component {
    properties = List.copyOf(properties);
    children = List.copyOf(children);
  }

  Optional<Property> first(String property) {
    return properties.stream().filter(p -> p.name().equals(property)).findFirst();
  }

  List<Property> all(String property) {
    return properties.stream().filter(p -> p.name().equals(property)).toList();
  }

  List<Component> children(String component) {
    return children.stream().filter(c -> c.name().equals(component)).toList();
  }

  /** The property's TEXT value, or null when it is absent or blank. */
  String text(String property) {
    return first(property)
        .map(Property::text)
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .orElse(null);
  }
}
