package needle.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import needle.app.Contact;
import needle.app.ReadModel;
import needle.app.Scope;
import needle.app.Scored;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.people.Person;
import needle.scoring.Policy;
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
    Scope scope = requests.scope(ctx);
    Scored scored = ReadModel.scored(scope, scope.today());
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Needle//Needle relationship ledger//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    events(scored, scope).forEach(calendar::add);
    ctx.contentType("text/calendar; charset=utf-8").result(calendar.toString());
  }

  private List<VEvent> events(Scored scored, Scope scope) {
    Policy policy = scope.policy();
    LocalDate today = scope.today();
    List<VEvent> events = new ArrayList<>();
    for (Score s : scored.scores()) {
      for (Ask a : scored.of(s).asks()) {
        if (!a.on().isAfter(today) && a.isOpenAsOf(today)) {
          events.add(followUp(s.person(), a, policy.followUpDays()));
        }
      }
      LocalDate due = Contact.keepInTouchOn(s, policy);
      if (due != null) {
        events.add(keepInTouch(s, due, Contact.cadence(s, policy), today));
      }
    }
    return events;
  }

  private VEvent followUp(Person p, Ask a, int days) {
    boolean mine = a.direction() == AskDirection.ASKED;
    String summary = (mine ? "Follow up your ask to " : "Answer the ask of ") + p.name();
    return event(
        a.on().plusDays(days),
        summary,
        "\"" + a.text() + "\", asked on " + a.on() + " (ask #" + a.id() + ")",
        "ask-" + a.id());
  }

  private VEvent keepInTouch(Score s, LocalDate due, int cadence, LocalDate today) {
    return event(
        due.isBefore(today) ? today : due,
        "Keep in touch with " + s.person().name(),
        "Last contact " + s.lastContact() + "; keep in touch every " + cadence + " days",
        "keep-in-touch-" + s.person().id());
  }

  private VEvent event(LocalDate on, String summary, String description, String uid) {
    VEvent event = new VEvent(on, summary);
    event.add(new Uid(uid + "@needle"));
    event.replace(new DtStamp(Instant.now(requests.setup().clock())));
    event.add(new Description(description));
    return event;
  }
}
