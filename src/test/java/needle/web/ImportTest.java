package needle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {
  private static final String PEOPLE =
      "name,title,company,email\nAda Lovelace,Analyst,Engines,ada@example.org\n"
          + "Grace Hopper,Rear Admiral,Navy,grace@example.org\n";

  @TempDir Path folder;
  WebFixture web;

  @BeforeEach
  void start() {
    web = WebFixture.start(folder, 4096);
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void aPeopleCsvIsImportedAndSummarised() {
    HttpResponse<String> response = web.upload("people", "people.csv", bytes(PEOPLE));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("Imported people.csv: 2 people created", "Ada Lovelace, Grace Hopper");
    assertThat(web.people()).hasSize(2);
  }

  @Test
  void theSummaryNamesTenPeopleCreatedAndCountsTheRest() {
    StringBuilder csv = new StringBuilder("name,title,company,email\n");
    for (int i = 1; i <= 25; i++) {
      csv.append("Person ").append(i).append(",,,\n");
    }

    String body = web.upload("people", "people.csv", bytes(csv.toString())).body();

    assertThat(body)
        .contains("25 people created", "New: Person 1, Person 2,", "Person 10 and 15 more")
        .doesNotContain("Person 11");
    assertThat(web.people()).hasSize(25);
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    web.upload("people", "people.csv", bytes(PEOPLE));

    assertThat(web.upload("people", "people.csv", bytes(PEOPLE)).body()).contains("nothing new");
  }

  @Test
  void aBadRowNamesTheFileAndLineAndKeepsNothing() {
    String bad = "date,person,event,minutes,kind,value,outcome,note\n2026-01-05,Ada,gaveth,,,,,\n";

    HttpResponse<String> response = web.upload("ledger", "ledger.csv", bytes(bad));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("ledger.csv:2:", "gaveth")
        .doesNotContain(folder.toString());
    assertThat(web.people()).isEmpty();
  }

  @Test
  void aFileOfTheWrongTypeIsRefusedNamingWhatIsExpected() {
    HttpResponse<String> response = web.upload("people", "photo.jpg", bytes("not a csv"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("photo.jpg is not a people CSV", ".csv");
  }

  @Test
  void aBinaryFileIsRefused() {
    HttpResponse<String> response =
        web.upload("people", "sheet.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1});

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("binary file");
  }

  @Test
  void anOversizedUploadIsRefusedWithAClearMessage() {
    HttpResponse<String> response = web.upload("people", "big.csv", new byte[8192]);

    assertThat(response.body()).contains("larger than 4 KB");
    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void anUnknownFormatIsRefused() {
    assertThat(web.upload("myspace", "people.csv", bytes(PEOPLE)).body())
        .contains(
            "unknown format \"myspace\" (expected people, ledger, linkedin, google, vcard, ics, mbox)");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
