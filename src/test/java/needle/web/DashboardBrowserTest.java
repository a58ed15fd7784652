package needle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import needle.demo.DemoStory;
import needle.ledger.Channel;
import needle.ledger.TimeEntry;
import needle.people.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

@Tag("browser")
class DashboardBrowserTest {
  @TempDir Path folder;
  @TempDir Path profile;
  WebFixture web;
  Browser browser;

  @BeforeEach
  void start() {
    web =
        WebFixture.start(folder)
            .with(
                s -> {
                  DemoStory.write(s, WebFixture.TODAY);
                  Person script = s.addPerson(Person.named(EscapingTest.SCRIPT_NAME));
                  s.log(
                      new TimeEntry(
                          0, script.id(), WebFixture.TODAY, 30, Channel.CALL, "test", null));
                  s.addPerson(Person.named("Nobody Yet"));
                });
    browser = Browser.open(profile, web.entry());
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    web.close();
  }

  @Test
  void theChartDrawsOneBubblePerPersonOnACanvas() {
    browser.go("/");

    browser.waitFor(d -> !d.findElements(By.cssSelector("#roi-chart canvas")).isEmpty());
    Object bubbles =
        browser.script(
            "var chart = echarts.getInstanceByDom(document.getElementById('roi-chart'));"
                + "return chart.getOption().series.reduce(function (n, s) { return n + s.data.length; }, 0);");
    // Nobody Yet has no time or value: the chart says so instead of drawing a dot at the origin.
    assertThat(((Number) bubbles).intValue()).isEqualTo(web.people().size() - 1);
    assertThat(browser.find(".no-history").getText()).startsWith("1 person with no history");
    Object names =
        browser.script(
            "return echarts.getInstanceByDom(document.getElementById('roi-chart')).getOption()"
                + ".series.flatMap(function (s) { return s.data.map(function (d) { return d.name; }); });");
    assertThat(names.toString()).contains("Victoria Sterling", EscapingTest.SCRIPT_NAME);
    browser.screenshot("dashboard");
  }

  @Test
  void aNameWithScriptIsShownAsTextAndNeverRuns() {
    browser.go("/");

    assertThat(browser.find("table.rank").getText()).contains(EscapingTest.SCRIPT_NAME);
    assertThatThrownBy(() -> browser.driver.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void onAPhoneTheTableScrollsInsteadOfTheWholePage() {
    browser.resize(390, 900);
    browser.go("/");
    browser.waitFor(d -> !d.findElements(By.cssSelector("#roi-chart canvas")).isEmpty());

    Object pageWidth = browser.script("return document.documentElement.scrollWidth;");
    Object viewport = browser.script("return window.innerWidth;");
    Object tableScrolls =
        browser.script(
            "var s = document.querySelector('.scroll'); return s.scrollWidth > s.clientWidth;");

    assertThat(((Number) pageWidth).intValue()).isLessThanOrEqualTo(((Number) viewport).intValue());
    assertThat(tableScrolls).isEqualTo(true);
    browser.screenshot("dashboard-phone");
  }
}
