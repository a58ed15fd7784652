package needle.exports.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import needle.Labelled;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.asks.Suggestion;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.MailMessage;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.people.PersonId;
import needle.storage.Snapshot;

/** One backup row to JSON and back, field by field, with the names DESIGN uses. */
final class Rows {
  private Rows() {}

  static ObjectNode person(ObjectMapper m, Person p) {
    ObjectNode n = m.createObjectNode();
    n.put("id", p.id().value());
    n.put("name", p.name());
    n.put("title", p.title());
    n.put("company", p.company());
    p.emails().forEach(n.withArray("emails")::add);
    p.phones().forEach(n.withArray("phones")::add);
    n.put("linkedin", p.linkedin());
    p.tags().forEach(n.withArray("tags")::add);
    n.put("notes", p.notes());
    p.sources().forEach(n.withArray("sources")::add);
    n.put("level", p.levelOverride());
    n.put("cadence", p.cadenceDays());
    n.put("firstMet", text(p.firstMet()));
    // Only when any: a backup of a ledger where nothing was typed by hand reads as before.
    java.util.Arrays.stream(Person.Field.values())
        .filter(p.typed()::contains)
        .forEach(f -> n.withArray("typed").add(f.name().toLowerCase(java.util.Locale.ROOT)));
    return n;
  }

  /** The details typed by hand, by their names in a backup; a name no detail has is refused. */
  private static java.util.Set<Person.Field> typed(JsonNode n) {
    java.util.Set<Person.Field> fields = java.util.EnumSet.noneOf(Person.Field.class);
    for (String name : strings(n, "typed")) {
      try {
        fields.add(Person.Field.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new needle.NeedleException(
            "a person's \"typed\" holds \""
                + name
                + "\" (expected name, title, company or linkedin)",
            e);
      }
    }
    return fields;
  }

  static Person person(JsonNode n) {
    return new Person(
        new PersonId(required(n, "id").asLong()),
        required(n, "name").asText(),
        text(n, "title"),
        text(n, "company"),
        strings(n, "emails"),
        strings(n, "phones"),
        text(n, "linkedin"),
        strings(n, "tags"),
        text(n, "notes"),
        strings(n, "sources"),
        n.hasNonNull("level") ? n.get("level").asInt() : null,
        n.hasNonNull("cadence") ? n.get("cadence").asInt() : null,
        date(n, "firstMet"),
        typed(n));
  }

  static ObjectNode time(ObjectMapper m, Snapshot.Keyed<TimeEntry> k) {
    TimeEntry t = k.entry();
    ObjectNode n = entry(m, t.id(), t.person(), t.on(), t.source(), t.note(), k.importKey());
    n.put("minutes", t.minutes());
    n.put("channel", t.channel().label());
    return n;
  }

  static Snapshot.Keyed<TimeEntry> time(JsonNode n) {
    TimeEntry t =
        new TimeEntry(
            required(n, "id").asLong(),
            personId(n),
            date(n, "date"),
            required(n, "minutes").asDouble(),
            Channel.parse(text(n, "channel")),
            text(n, "source"),
            text(n, "note"));
    return new Snapshot.Keyed<>(t, text(n, "importKey"));
  }

  static ObjectNode value(ObjectMapper m, Snapshot.Keyed<ValueEvent> k) {
    ValueEvent v = k.entry();
    ObjectNode n = entry(m, v.id(), v.person(), v.on(), v.source(), v.note(), k.importKey());
    n.put("direction", v.direction().label());
    n.put("kind", v.kind().label());
    n.put("points", v.points());
    return n;
  }

  static Snapshot.Keyed<ValueEvent> value(JsonNode n) {
    ValueEvent v =
        new ValueEvent(
            required(n, "id").asLong(),
            personId(n),
            date(n, "date"),
            Direction.parse(text(n, "direction")),
            Kind.parse(text(n, "kind")),
            n.hasNonNull("points") ? n.get("points").asDouble() : null,
            text(n, "note"),
            text(n, "source"));
    return new Snapshot.Keyed<>(v, text(n, "importKey"));
  }

  static ObjectNode ask(ObjectMapper m, Snapshot.Keyed<Ask> k) {
    Ask a = k.entry();
    ObjectNode n = entry(m, a.id().value(), a.person(), a.on(), a.source(), null, k.importKey());
    n.remove("note");
    n.put("direction", a.direction().label());
    n.put("text", a.text());
    n.put("outcome", a.outcome().label());
    n.put("resolvedOn", text(a.resolvedOn()));
    return n;
  }

  static Snapshot.Keyed<Ask> ask(JsonNode n) {
    Ask a =
        new Ask(
            new AskId(required(n, "id").asLong()),
            personId(n),
            date(n, "date"),
            Labelled.parse(AskDirection.class, "ask direction", text(n, "direction")),
            required(n, "text").asText(),
            Outcome.parse(text(n, "outcome")),
            date(n, "resolvedOn"),
            text(n, "source"));
    return new Snapshot.Keyed<>(a, text(n, "importKey"));
  }

  static ObjectNode mail(ObjectMapper m, MailMessage mail) {
    ObjectNode n = m.createObjectNode();
    n.put("messageId", mail.messageId());
    n.put("mine", mail.mine());
    n.put("sender", mail.sender());
    n.put("sentAt", mail.sentAt().toString());
    n.put("inReplyTo", mail.inReplyTo());
    n.put("subjectKey", mail.subjectKey());
    n.put("reply", mail.reply());
    mail.to().forEach(n.withArray("to")::add);
    return n;
  }

  static MailMessage mail(JsonNode n) {
    return new MailMessage(
        required(n, "messageId").asText(),
        n.path("mine").asBoolean(),
        text(n, "sender"),
        Instant.parse(required(n, "sentAt").asText()),
        text(n, "inReplyTo"),
        text(n, "subjectKey"),
        n.path("reply").asBoolean(),
        strings(n, "to"));
  }

  static ObjectNode suggestion(ObjectMapper m, Suggestion f) {
    ObjectNode n = m.createObjectNode();
    n.put("id", f.id());
    n.put("address", f.address());
    n.put("messageId", f.messageId());
    n.put("sentAt", f.sentAt().toString());
    n.put("date", f.on().toString());
    n.put("text", f.text());
    n.put("state", f.state().label());
    if (f.ask() != null) {
      n.put("ask", f.ask().value());
    }
    return n;
  }

  static Suggestion suggestion(JsonNode n) {
    long id = required(n, "id").asLong();
    if (id <= 0) {
      throw new IllegalArgumentException("\"id\" must be a positive number");
    }
    return new Suggestion(
        id,
        required(n, "address").asText(),
        required(n, "messageId").asText(),
        Instant.parse(required(n, "sentAt").asText()),
        date(n, "date"),
        required(n, "text").asText(),
        Suggestion.State.parse(required(n, "state").asText()),
        n.hasNonNull("ask") ? new AskId(n.get("ask").asLong()) : null);
  }

  private static ObjectNode entry(
      ObjectMapper m,
      long id,
      PersonId person,
      LocalDate on,
      String source,
      String note,
      String key) {
    ObjectNode n = m.createObjectNode();
    n.put("id", id);
    n.put("person", person.value());
    n.put("date", on.toString());
    n.put("source", source);
    n.put("note", note);
    n.put("importKey", key);
    return n;
  }

  private static PersonId personId(JsonNode n) {
    return new PersonId(required(n, "person").asLong());
  }

  private static JsonNode required(JsonNode n, String field) {
    if (!n.hasNonNull(field)) {
      throw new IllegalArgumentException("\"" + field + "\" is missing");
    }
    return n.get(field);
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static LocalDate date(JsonNode n, String field) {
    String text = text(n, field);
    return text == null ? null : LocalDate.parse(text);
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> all = new ArrayList<>();
    n.path(field).forEach(s -> all.add(s.asText()));
    return all;
  }
}
