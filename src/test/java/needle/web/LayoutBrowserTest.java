package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every page at a phone's width (390 px) and a laptop's (1280 px), over a ledger of long names,
 * titles, e-mail addresses and asks: nothing scrolls the page sideways, and the parts that matter
 * (the Resolve buttons, the drafted ask, the dashboard's "Why") are on screen.
 */
@Tag("browser")
class LayoutBrowserTest {
  static final String LONG_NAME = "Maximiliana Theodora Wolfeschlegelsteinhausen-Bergerdorff";
  static final String LONG_TITLE =
      "Senior Vice President of Global Strategic Partnerships and Enterprise Business Development";
  static final String LONG_EMAIL =
      "maximiliana.theodora.wolfeschlegelsteinhausen@international-partnerships.example.org";
  static final String LONG_ASK =
      "an introduction to the head of platform engineering at the payments company, with a short"
          + " note about the migration work we did together";

  @TempDir static Path folder;
  @TempDir static Path profile;
  static WebFixture web;
  static Browser browser;
  static long personId;

  /** One browser for every test: they only read the ledger. */
  @BeforeAll
  static void start() {
    web =
        WebFixture.start(folder)
            .with(
                s -> {
                  Person p =
                      s.addPerson(
                          Person.named(LONG_NAME)
                              .withTitle(LONG_TITLE)
                              .withCompany("International Partnerships Consolidated Holdings")
                              .withEmails(List.of(LONG_EMAIL)));
                  LocalDate day = LocalDate.of(2026, 1, 12);
                  s.log(new TimeEntry(0, p.id(), day, 45, Channel.LUNCH, "t", LONG_ASK));
                  s.log(
                      new ValueEvent(
                          0, p.id(), day, Direction.GOT, Kind.INTRODUCTION, null, LONG_ASK, "t"));
                  s.log(ask(p, AskDirection.ASKED));
                  s.log(ask(p, AskDirection.WAS_ASKED));
                  Person short1 = s.addPerson(Person.named("Ada").withTitle("CTO"));
                  s.log(new TimeEntry(0, short1.id(), day, 30, Channel.CALL, "t", null));
                });
    String asked = "Could you send me " + LONG_ASK + "?";
    SentMail.importInto(
        web,
        SentMail.message(
                LONG_NAME + " <" + LONG_EMAIL + ">", "Mon, 12 Jan 2026", "<l1@x.org>", asked)
            + SentMail.message("Ada <ada@example.org>", "Fri, 20 Feb 2026", "<l2@x.org>", asked));
    personId =
        web.people().stream()
            .filter(p -> p.name().equals(LONG_NAME))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    browser = Browser.open(profile, web.entry());
  }

  private static Ask ask(Person p, AskDirection direction) {
    return new Ask(
        null, p.id(), LocalDate.of(2026, 1, 5), direction, LONG_ASK, Outcome.OPEN, null, "t");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    web.close();
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {390, 1280})
  void noPageScrollsSideways(int width) {
    browser.resize(width, 900);
    for (String page :
        List.of(
            "/",
            "/people/" + personId,
            "/asks",
            "/asks/review",
            "/import",
            "/settings",
            "/dupes",
            "/undo")) {
      browser.go(page);

      assertThat(pageWidth())
          .as("%s at %d px, too wide: %s", page, width, tooWide())
          .isLessThanOrEqualTo(viewport());
    }
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {390, 1280})
  void theResolveButtonsAreOnScreen(int width) {
    browser.resize(width, 900);
    browser.go("/asks");

    List<Map<String, Object>> buttons = boxes("form.resolve button");

    assertThat(buttons).hasSize(6);
    for (Map<String, Object> box : buttons) {
      assertThat(number(box, "left")).as("left of %s", box).isGreaterThanOrEqualTo(0);
      assertThat(number(box, "right")).as("right of %s", box).isLessThanOrEqualTo(viewport());
      assertThat(number(box, "visible")).as("unclipped %s", box).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {390, 1280})
  void theReviewsCheckboxesAndButtonsAreOnScreen(int width) {
    browser.resize(width, 900);
    browser.go("/asks/review");

    List<Map<String, Object>> boxes = boxes("form.review input[name=id]");
    List<Map<String, Object>> buttons = boxes("form.review button[name=action]");

    assertThat(boxes).hasSize(2);
    assertThat(buttons).hasSize(3);
    for (Map<String, Object> box : concat(boxes, buttons)) {
      assertThat(number(box, "left")).as("left of %s", box).isGreaterThanOrEqualTo(0);
      assertThat(number(box, "right")).as("right of %s", box).isLessThanOrEqualTo(viewport());
      assertThat(number(box, "visible")).as("unclipped %s", box).isEqualTo(1);
    }
  }

  private static List<Map<String, Object>> concat(
      List<Map<String, Object>> a, List<Map<String, Object>> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {390, 1280})
  void theDraftedAskGetsTheFullWidth(int width) {
    browser.resize(width, 900);
    browser.go("/asks");

    browser.find("#draft-person").sendKeys(LONG_NAME);
    browser.find("#draft-for").sendKeys("an intro to Ana");
    browser.find("form.drafter button[type=submit]").click();
    browser.waitFor(d -> !d.findElements(By.id("draft-text")).isEmpty());

    double text = number(boxes("#draft-text").get(0), "width");
    double section = number(boxes("#draft-result").get(0), "width");
    assertThat(section).isGreaterThan(300);
    assertThat(text).isGreaterThanOrEqualTo(section - 1);
    assertThat(pageWidth()).isLessThanOrEqualTo(viewport());
  }

  @Test
  void theWhyColumnIsNotPushedOffByLongNamesOrTitles() {
    browser.resize(1280, 900);
    browser.go("/");

    Map<String, Object> why = boxes("table.rank td.why").get(0);
    Map<String, Object> region = boxes("#ranking .scroll").get(0);
    Object tableScrolls =
        browser.script(
            "var s = document.querySelector('#ranking .scroll'); return s.scrollWidth - s.clientWidth;");

    // Half of a collapsed outer border (the class colour's, 4 px) may stick out: 2 px.
    assertThat(((Number) tableScrolls).intValue()).isLessThanOrEqualTo(2);
    assertThat(number(why, "right")).isLessThanOrEqualTo(number(region, "right"));
    assertThat(number(why, "width")).isGreaterThanOrEqualTo(200);
    String cut =
        browser
            .find("table.rank th[scope=row] a[href^='/people/" + personId + "']")
            .getAttribute("title");
    assertThat(cut).isEqualTo(LONG_NAME);
    assertThat(browser.find("table.rank small[title^='Senior']").getAttribute("title"))
        .isEqualTo(LONG_TITLE);
    assertThat(number(boxes("table.rank small[title^='Senior']").get(0), "width")).isLessThan(300);
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {390, 1280})
  void theLoginPageFits(int width, @TempDir Path server) throws IOException {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(Files.createDirectories(server)));
    WebApp app =
        WebApp.create(
            Setup.server(
                ledger, ScoringConfig.defaults("/config/needle/scoring.properties"), web.clock()));
    String base = "http://127.0.0.1:" + app.start("127.0.0.1", 0);
    try {
      browser.resize(width, 900);
      browser.driver.get(base + "/login");

      assertThat(browser.find("#user").isDisplayed()).isTrue();
      assertThat(pageWidth()).isLessThanOrEqualTo(viewport());
      assertThat(number(boxes(".login button[type=submit]").get(0), "right"))
          .isLessThanOrEqualTo(viewport());
    } finally {
      app.stop();
    }
  }

  /** The innermost elements that end past the window's right edge, to say what to fix. */
  private Object tooWide() {
    return browser.script(
        "var w = document.documentElement.clientWidth;"
            + "return Array.from(document.querySelectorAll('main *')).filter(function (e) {"
            + "  return e.getBoundingClientRect().right > w && e.children.length === 0;"
            + "}).slice(0, 5).map(function (e) {"
            + "  return e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right);"
            + "});");
  }

  private int pageWidth() {
    return ((Number) browser.script("return document.documentElement.scrollWidth;")).intValue();
  }

  private int viewport() {
    return ((Number) browser.script("return document.documentElement.clientWidth;")).intValue();
  }

  /**
   * Each match's box in the window, and whether its centre is the topmost thing there once the page
   * is scrolled down to it (1): scrolling only the page, never a region inside it, so that what a
   * region has cut off counts as off screen.
   */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> boxes(String css) {
    return (List<Map<String, Object>>)
        browser.script(
            "return Array.from(document.querySelectorAll(arguments[0])).map(function (e) {"
                + "  var top = e.getBoundingClientRect().top + window.scrollY;"
                + "  window.scrollTo(0, top - window.innerHeight / 2);"
                + "  var r = e.getBoundingClientRect();"
                + "  var at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "  return {css: arguments[0], left: r.left, right: r.right, width: r.width,"
                + "    visible: at !== null && (at === e || e.contains(at)) ? 1 : 0};"
                + "});",
            css);
  }

  private static double number(Map<String, Object> box, String key) {
    return ((Number) box.get(key)).doubleValue();
  }
}
