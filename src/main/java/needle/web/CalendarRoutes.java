package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.scoring.History;
import needle.scoring.Policy;
import needle.scoring.RelationshipClass;
import needle.scoring.Score;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * {@code /calendar.ics}: an iCalendar feed a calendar app can subscribe to, with a day for each
 * open ask's follow-up and for each keep-in-touch date (last contact plus the cadence; today if it
 * has passed).
 */
final class CalendarRoutes {
  private final Requests requests;

  CalendarRoutes(Requests requests) {
    this.requests = requests;
  }

  void register(RoutesConfig routes) {
    routes.get("/calendar.ics", this::feed);
  }

  private void feed(Context ctx) {
    LocalDate today = requests.today();
    List<History> histories = requests.ledger(ctx).read(s -> s.histories());
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Needle//Needle relationship ledger//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    events(histories, today).forEach(calendar::add);
    ctx.contentType("text/calendar; charset=utf-8").result(calendar.toString());
  }

  private List<VEvent> events(List<History> histories, LocalDate today) {
    Policy policy = requests.setup().scoring().policy();
    List<VEvent> events = new ArrayList<>();
    for (History h : histories) {
      for (Ask a : h.asks()) {
        if (a.isOpenAsOf(today)) {
          events.add(followUp(h, a, policy.followUpDays()));
        }
      }
      Score s = requests.scorer().score(h, today);
      Integer cadence = h.person().cadenceDays();
      if (cadence == null && s.relationshipClass() == RelationshipClass.STRONG) {
        cadence = policy.strongCadenceDays();
      }
      if (cadence != null && s.lastContact() != null) {
        events.add(keepInTouch(h, s.lastContact(), cadence, today));
      }
    }
    return events;
  }

  private VEvent followUp(History h, Ask a, int days) {
    boolean mine = a.direction() == AskDirection.ASKED;
    String summary = (mine ? "Follow up your ask to " : "Answer the ask of ") + h.person().name();
    return event(
        a.on().plusDays(days),
        summary,
        "\"" + a.text() + "\", asked on " + a.on() + " (ask #" + a.id() + ")",
        "ask-" + a.id());
  }

  private VEvent keepInTouch(History h, LocalDate last, int cadence, LocalDate today) {
    LocalDate due = last.plusDays(cadence);
    return event(
        due.isBefore(today) ? today : due,
        "Keep in touch with " + h.person().name(),
        "Last contact " + last + "; keep in touch every " + cadence + " days",
        "keep-in-touch-" + h.person().id());
  }

  private VEvent event(LocalDate on, String summary, String description, String uid) {
    VEvent event = new VEvent(on, summary);
    event.add(new Uid(uid + "@needle"));
    event.replace(new DtStamp(Instant.now(requests.setup().clock())));
    event.add(new Description(description));
    return event;
  }
}
