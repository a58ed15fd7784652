package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import needle.NeedleException;
import needle.imports.Guessed;
import needle.imports.ImportResult;
import needle.imports.Progress;
import needle.imports.csv.LedgerCsv;
import needle.scoring.Policy;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import use case, called as the doors call it: by format name, with a file or an upload. */
class ImportsTest {
  @TempDir Path folder;
  Scope scope;

  @BeforeEach
  void ledger() {
    Clock clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
    scope = new Scope(Ledger.open(TestDatabases.sqliteFile(folder)), Policy.defaults(), clock);
  }

  private Path ledgerCsv(int people, String lastRow) throws IOException {
    StringBuilder csv = new StringBuilder(LedgerCsv.HEADER + "\n");
    for (int i = 0; i < people; i++) {
      csv.append("2026-01-02,Person ").append(i).append(",time,30,call,,,sync\n");
    }
    csv.append(lastRow);
    return Files.writeString(folder.resolve("ledger.csv"), csv);
  }

  private int people() {
    return scope.ledger().read(LedgerSession::people).size();
  }

  @Test
  void aFileIsImportedOnceAndItsSummaryNamesAtMostTenPeople() throws IOException {
    Path file = ledgerCsv(12, "");
    List<Long> advanced = new ArrayList<>();
    Imports.Listener listener =
        new Imports.Listener() {
          @Override
          public Progress progress() {
            return (done, total) -> advanced.add(done);
          }
        };

    ImportResult first = Imports.file(scope, "ledger", file, Imports.Owner.of(List.of()), listener);
    ImportResult again =
        Imports.file(scope, "ledger", file, Imports.Owner.of(List.of()), Imports.Listener.NONE);

    assertThat(first.created()).hasSize(12);
    assertThat(first.createdNamed().shown()).hasSize(10);
    assertThat(first.createdNamed().more()).isEqualTo(2);
    assertThat(first.added()).isEqualTo(12);
    assertThat(advanced).as("progress is told").isNotEmpty();
    assertThat(again.changedNothing()).isTrue();
    assertThat(again.alreadyThere()).isEqualTo(12);
    assertThat(people()).isEqualTo(12);
  }

  @Test
  void aBadRowKeepsNothingOfTheFileAndSaysWhere() throws IOException {
    Path file = ledgerCsv(3, "2026-13-01,Ada,time,30,,,,\n");

    assertThatThrownBy(
            () ->
                Imports.file(
                    scope, "ledger", file, Imports.Owner.of(List.of()), Imports.Listener.NONE))
        .isInstanceOf(NeedleException.class)
        .hasMessageStartingWith(file + ":5: bad date \"2026-13-01\"");
    assertThat(people()).isZero();
  }

  @Test
  void anUnknownFormatIsRefusedWithTheOnesThereAre() {
    assertThatThrownBy(
            () ->
                Imports.file(
                    scope,
                    "excel",
                    folder.resolve("x.xlsx"),
                    Imports.Owner.of(List.of()),
                    Imports.Listener.NONE))
        .isInstanceOf(NeedleException.class)
        .hasMessage(
            "unknown format \"excel\" (expected people, ledger, linkedin, google, vcard, ics,"
                + " mbox)");
  }

  @Test
  void aMailboxWithoutMeTellsWhomItTookToBeTheOwner() throws IOException {
    Path mbox =
        Files.writeString(
            folder.resolve("sent.mbox"),
            """
            From me@example.org Mon Mar  2 09:00:00 2026
            From: Me <me@example.org>
            To: Bob Stone <bob@example.org>
            Date: Mon, 2 Mar 2026 09:00:00 +0000
            Message-ID: <1@example.org>
            Subject: Lunch

            Lunch?

            From me@example.org Tue Mar  3 09:00:00 2026
            From: Me <me@example.org>
            To: Carol Ray <carol@example.org>
            Date: Tue, 3 Mar 2026 09:00:00 +0000
            Message-ID: <2@example.org>
            Subject: Coffee

            Coffee?
            """);
    List<Guessed> guesses = new ArrayList<>();
    Imports.Listener listener =
        new Imports.Listener() {
          @Override
          public void ownerGuessed(Guessed guess) {
            guesses.add(guess);
          }
        };

    ImportResult result = Imports.file(scope, "mbox", mbox, Imports.Owner.of(List.of()), listener);

    assertThat(guesses).extracting(Guessed::address).containsExactly("me@example.org");
    assertThat(result.created()).containsExactly("Bob Stone", "Carol Ray");
  }

  @Test
  void anUploadIsNamedByItsOwnNameAndLeavesNoCopyBehind() throws IOException {
    byte[] bad =
        (LedgerCsv.HEADER + "\n2026-13-01,Ada,time,30,,,,\n").getBytes(StandardCharsets.UTF_8);
    byte[] good = (LedgerCsv.HEADER + "\n2026-01-02,Ada,time,30,,,,\n").getBytes();

    assertThatThrownBy(
            () ->
                Imports.upload(
                    scope,
                    "ledger",
                    "C:\\Users\\ada\\mine.csv",
                    () -> new ByteArrayInputStream(bad),
                    Imports.Owner.of(List.of())))
        .hasMessageStartingWith("mine.csv:2: bad date");
    Imports.Uploaded done =
        Imports.upload(
            scope,
            "ledger",
            "mine.csv",
            () -> new ByteArrayInputStream(good),
            Imports.Owner.of(List.of()));

    assertThat(done.name()).isEqualTo("mine.csv");
    assertThat(done.result().created()).containsExactly("Ada");
    assertThat(Files.exists(Path.of(done.result().file()))).as("the copy is gone").isFalse();
  }

  @Test
  void anUploadMustBeTextWithTheFormatsExtension() {
    Imports.Owner nobody = Imports.Owner.of(List.of());

    assertThatThrownBy(() -> Imports.upload(scope, "vcard", "cards.csv", () -> null, nobody))
        .hasMessageStartingWith(
            "cards.csv is not a vCard file (.vcf): expected a file ending in .v");
    assertThatThrownBy(
            () ->
                Imports.upload(
                    scope,
                    "people",
                    "people.csv",
                    () -> new ByteArrayInputStream(new byte[] {'%', 'P', 0, 1}),
                    nobody))
        .hasMessageStartingWith("people.csv is a binary file, not a people CSV");
    assertThatThrownBy(() -> Imports.upload(scope, "people", " ", () -> null, nobody))
        .hasMessageStartingWith("choose a file to import (expected a people CSV");
  }
}
