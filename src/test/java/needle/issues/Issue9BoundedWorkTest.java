package needle.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import needle.NeedleException;
import needle.app.Imports;
import needle.app.Scope;
import needle.imports.ImportResult;
import needle.scoring.Policy;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 7: an 889-byte ICS with RRULE:FREQ=MINUTELY and ten attendees wrote 200,000 rows; a
 * small file may now write only a bounded multiple of its size, and an upload on a shared server is
 * capped.
 */
class Issue9BoundedWorkTest {
  @TempDir Path folder;
  Scope scope;

  @BeforeEach
  void ledger() {
    Clock clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
    scope = new Scope(Ledger.open(TestDatabases.sqliteFile(folder)), Policy.defaults(), clock);
  }

  private Path calendar(String rule, String start) throws Exception {
    StringBuilder ics =
        new StringBuilder(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:storm@example.org\nSUMMARY:Storm\nDTSTART:"
                + start
                + "\nDURATION:PT30M\nRRULE:"
                + rule
                + "\nORGANIZER:mailto:me@example.org\n");
    for (int i = 0; i < 10; i++) {
      ics.append("ATTENDEE:mailto:guest").append(i).append("@example.org\n");
    }
    ics.append("END:VEVENT\nEND:VCALENDAR\n");
    return Files.writeString(folder.resolve("storm.ics"), ics);
  }

  private Imports.Owner me() {
    return new Imports.Owner(List.of("me@example.org"), LocalDate.parse("2026-04-01"));
  }

  @Test
  void aMinutelyRuleWithTenAttendeesWritesOneOccurrenceAndWarns() throws Exception {
    Path file = calendar("FREQ=MINUTELY", "20240101T000000Z");
    assertThat(Files.size(file)).isLessThan(1000);

    ImportResult result = Imports.file(scope, "ics", file, me(), Imports.Listener.NONE);

    assertThat(result.added()).isEqualTo(10);
    assertThat(result.skipped())
        .anySatisfy(s -> assertThat(s.reason()).contains("repeats more often than daily"));
  }

  @Test
  void aSmallCalendarThatWouldWriteTooManyRowsFailsAndKeepsNothing() throws Exception {
    // Daily since 2000 with ten attendees: 5,000 instances (the cap) times ten, from under 1 KB.
    Path file = calendar("FREQ=DAILY", "20000101T090000Z");

    assertThatThrownBy(() -> Imports.file(scope, "ics", file, me(), Imports.Listener.NONE))
        .isInstanceOf(NeedleException.class)
        .hasMessageStartingWith(file + ":")
        .hasMessageContaining("would write more than");
    assertThat(scope.ledger().read(LedgerSession::people)).isEmpty();
  }

  @Test
  void anUploadOnASharedServerIsCapped() {
    assertThat(Imports.Owner.of(List.of()).sharing().maxRows())
        .isEqualTo(Imports.SHARED_UPLOAD_ROWS);
    StringBuilder csv = new StringBuilder("name,title,company,email\n");
    for (int i = 0; i < 30; i++) {
      csv.append("Person ").append(i).append(",,,\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    Imports.Owner capped = new Imports.Owner(List.of(), null, 20);

    assertThatThrownBy(
            () ->
                Imports.upload(
                    scope, "people", "people.csv", () -> new ByteArrayInputStream(bytes), capped))
        .isInstanceOf(NeedleException.class)
        .hasMessageStartingWith("people.csv: the file would write more than 20 rows");
    assertThat(scope.ledger().read(LedgerSession::people)).isEmpty();
  }
}
