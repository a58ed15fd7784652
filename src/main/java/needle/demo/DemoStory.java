package needle.demo;

import java.time.LocalDate;
import java.util.List;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.storage.LedgerSession;

/**
 * The sample ledger {@code demo} shows: a cast with every kind of relationship, dated relative to
 * today so the story always reads as current.
 */
public final class DemoStory {
  private final LedgerSession session;
  private final LocalDate today;

  private DemoStory(LedgerSession session, LocalDate today) {
    this.session = session;
    this.today = today;
  }

  /** Writes the whole story into an empty ledger. */
  public static void write(LedgerSession session, LocalDate today) {
    new DemoStory(session, today).tell();
  }

  private void tell() {
    powerfulExecutiveWhoNeverHelps();
    sponsorWhoTookARisk();
    peerFromTheTrenches();
    coffeeFriend();
    taker();
    someoneWhoMovedOn();
    quietColleague();
    generousDirector();
    newContacts();
  }

  /** Status-based: hours of face time with a CEO, asks left unanswered, nothing back. */
  private void powerfulExecutiveWhoNeverHelps() {
    Person p =
        person(
            "Victoria Sterling",
            "Chief Executive Officer",
            "Northwind",
            "victoria@northwind.example");
    time(p, 330, 90, Channel.MEETING, "quarterly skip-level");
    time(p, 240, 60, Channel.LUNCH, "offsite lunch");
    time(p, 150, 120, Channel.EVENT, "leadership summit");
    time(p, 60, 45, Channel.COFFEE, "coffee after the all-hands");
    ask(p, 200, AskDirection.ASKED, "sponsor my promotion case", Outcome.IGNORED);
    ask(p, 45, AskDirection.ASKED, "15 minutes to review my platform proposal", Outcome.OPEN);
  }

  /** Strong: a senior director who staked her name on you; you gave back. */
  private void sponsorWhoTookARisk() {
    Person p =
        person(
            "Greta Alvarez",
            "Senior Director of Engineering",
            "Northwind",
            "greta@northwind.example");
    time(p, 420, 60, Channel.MEETING, "first 1:1 after the reorg");
    time(p, 300, 45, Channel.COFFEE, "career talk");
    time(p, 200, 60, Channel.MEETING, "promotion packet review");
    time(p, 100, 30, Channel.CALL, "check-in");
    value(p, 380, Direction.GOT, Kind.SPONSORSHIP, "put me on the payments migration");
    value(p, 250, Direction.GOT, Kind.PROMOTION, "argued for my promotion to staff");
    value(p, 330, Direction.GAVE, Kind.TOOL, "built the on-call dashboard her org now uses");
    value(p, 150, Direction.JOINT, Kind.WIN, "payments migration shipped");
    value(p, 120, Direction.GAVE, Kind.REFERRAL, "referred a senior hire to her team");
    ask(p, 400, AskDirection.ASKED, "lead the payments migration", Outcome.GRANTED);
    ask(p, 140, AskDirection.WAS_ASKED, "mentor two new engineers", Outcome.GRANTED);
  }

  /** Strong: a peer you fought beside. */
  private void peerFromTheTrenches() {
    Person p = person("Priya Natarajan", "Staff Engineer", "Northwind", "priya@northwind.example");
    time(p, 350, 120, Channel.MEETING, "incident war room");
    time(p, 90, 60, Channel.CALL, "design review");
    time(p, 20, 30, Channel.COFFEE, null);
    value(p, 340, Direction.JOINT, Kind.WIN, "fixed the checkout outage together");
    value(p, 80, Direction.GOT, Kind.FEEDBACK, "candid review of my design doc");
    value(p, 60, Direction.GAVE, Kind.ADVICE, "prep for her staff interview");
    ask(p, 85, AskDirection.ASKED, "honest read on my design", Outcome.GRANTED);
    ask(p, 30, AskDirection.WAS_ASKED, "cover her on-call week", Outcome.DECLINED);
  }

  /** Social: pleasant hours, nothing moves either way. */
  private void coffeeFriend() {
    Person p = person("Tom Becker", "Product Manager", "Globex", "tom@globex.example");
    for (int weeksAgo = 2; weeksAgo <= 40; weeksAgo += 4) {
      time(p, weeksAgo * 7, 45, Channel.COFFEE, "coffee");
    }
  }

  /** One-sided, they take: you keep giving, nothing comes back. */
  private void taker() {
    Person p = person("Kyle Morgan", "Account Executive", "Initech", "kyle@initech.example");
    time(p, 200, 60, Channel.CALL, "his job search");
    time(p, 90, 30, Channel.CALL, null);
    value(p, 190, Direction.GAVE, Kind.REFERRAL, "referred him to Globex");
    value(p, 120, Direction.GAVE, Kind.INTRODUCTION, "intro to a hiring manager");
    value(p, 85, Direction.GAVE, Kind.ENDORSEMENT, null);
    value(p, 40, Direction.GAVE, Kind.ADVICE, "salary negotiation");
    ask(p, 195, AskDirection.WAS_ASKED, "a referral to Globex", Outcome.GRANTED);
    ask(p, 125, AskDirection.WAS_ASKED, "an intro to your old manager", Outcome.GRANTED);
  }

  /** Drifting: a former manager who moved on; nothing for over a year. */
  private void someoneWhoMovedOn() {
    Person p = person("Dana Whitfield", "Director of Product", "Hooli", "dana@hooli.example");
    time(p, 900, 60, Channel.MEETING, "1:1");
    time(p, 700, 60, Channel.LUNCH, "farewell lunch");
    value(p, 800, Direction.GOT, Kind.RAISE, "pushed my raise through");
    value(p, 720, Direction.GAVE, Kind.WIN, "shipped her roadmap item");
  }

  /** Secretive: asks go into a void. */
  private void quietColleague() {
    Person p = person("Sam Ortiz", "Principal Engineer", "Northwind", "sam@northwind.example");
    time(p, 150, 60, Channel.MEETING, "architecture sync");
    value(p, 140, Direction.GAVE, Kind.ADVICE, "review of his RFC");
    value(p, 100, Direction.GOT, Kind.ADVICE, null);
    ask(p, 130, AskDirection.ASKED, "your notes on the storage RFC", Outcome.IGNORED);
    ask(p, 70, AskDirection.ASKED, "a yes or no on co-presenting", Outcome.IGNORED);
  }

  /** One-sided, you take: a generous director you have not yet given anything. */
  private void generousDirector() {
    Person p = person("Rachel Kim", "Senior Director, Sales", "Globex", "rachel@globex.example");
    time(p, 160, 45, Channel.CALL, null);
    value(p, 150, Direction.GOT, Kind.REFERRAL, "referred me for the Globex role");
    value(p, 60, Direction.GOT, Kind.INTRODUCTION, "intro to their CTO");
    value(p, 25, Direction.GOT, Kind.ADVICE, null);
  }

  /** New and developing: early days. */
  private void newContacts() {
    Person lena = person("Lena Fischer", "Technical Recruiter", "Initech", "lena@initech.example");
    time(lena, 6, 30, Channel.CALL, "intro call");
    Person omar = person("Omar Haddad", "Engineering Manager", "Hooli", "omar@hooli.example");
    time(omar, 50, 60, Channel.COFFEE, null);
    time(omar, 20, 90, Channel.MEETING, "hiring loop");
    value(omar, 20, Direction.GAVE, Kind.INTRODUCTION, "intro to a candidate");
    Person aiko = person("Aiko Tanaka", "Senior Product Designer", "Globex", "aiko@globex.example");
    time(aiko, 12, 45, Channel.COFFEE, null);
    value(aiko, 12, Direction.GOT, Kind.FEEDBACK, "portfolio critique");
  }

  private Person person(String name, String title, String company, String email) {
    return session.addPerson(
        Person.named(name).withTitle(title).withCompany(company).withEmails(List.of(email)));
  }

  private void time(Person p, int daysAgo, int minutes, Channel channel, String note) {
    session.log(new TimeEntry(0, p.id(), today.minusDays(daysAgo), minutes, channel, "demo", note));
  }

  private void value(Person p, int daysAgo, Direction direction, Kind kind, String note) {
    session.log(
        new ValueEvent(0, p.id(), today.minusDays(daysAgo), direction, kind, null, note, "demo"));
  }

  private void ask(Person p, int daysAgo, AskDirection direction, String text, Outcome outcome) {
    LocalDate on = today.minusDays(daysAgo);
    LocalDate resolved = outcome == Outcome.OPEN ? null : on.plusDays(7);
    session.log(new Ask(null, p.id(), on, direction, text, outcome, resolved, "demo"));
  }
}
