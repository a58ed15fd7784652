package needle.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import needle.exports.json.JsonBackup;
import needle.imports.CheckedFeed;
import needle.imports.ImportBatch;
import needle.imports.ImportException;
import needle.imports.ImportFeed;
import needle.imports.ImportOptions;
import needle.imports.Progress;
import needle.imports.formats.Importers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every importer, and restore, fed malformed and mutated files: each ends in success or in one
 * sentence that starts with FILE:LINE, never another exception, never more rows than the file's
 * budget, never seconds of work on a small file. The number of tries is jqwik's default, which the
 * build sets (fuzz.tries in pom.xml): 300 in a plain build, 10,000 in the acceptance profile that
 * CI runs.
 */
class FuzzedFilesTest {
  private static final Duration SMALL_FILE_WORK = Duration.ofSeconds(5);
  private static final ImportOptions OPTIONS =
      new ImportOptions(
          List.of("me@example.org"), LocalDate.parse("2024-12-31"), "split", 10, Progress.NONE);

  private static Path folder;

  @BeforeContainer
  static void folder() throws IOException {
    folder = Files.createTempDirectory("needle-fuzz");
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(folder);
  }

  @Property
  void peopleCsv(@ForAll("peopleFiles") byte[] file) {
    survives("people", "people.csv", file);
  }

  @Property
  void ledgerCsv(@ForAll("ledgerFiles") byte[] file) {
    survives("ledger", "ledger.csv", file);
  }

  @Property
  void linkedinConnections(@ForAll("connectionFiles") byte[] file) {
    survives("linkedin", "Connections.csv", file);
  }

  @Property
  void linkedinMessages(@ForAll("messageFiles") byte[] file) {
    survives("linkedin", "messages.csv", file);
  }

  @Property
  void linkedinInvitations(@ForAll("invitationFiles") byte[] file) {
    survives("linkedin", "Invitations.csv", file);
  }

  @Property
  void googleContacts(@ForAll("googleFiles") byte[] file) {
    survives("google", "contacts.csv", file);
  }

  @Property
  void vcard(@ForAll("vcardFiles") byte[] file) {
    survives("vcard", "contacts.vcf", file);
  }

  @Property
  void ics(@ForAll("icsFiles") byte[] file) {
    survives("ics", "calendar.ics", file);
  }

  @Property
  void mbox(@ForAll("mboxFiles") byte[] file) {
    survives("mbox", "mail.mbox", file);
  }

  @Property
  void jsonBackup(@ForAll("backupFiles") byte[] file) {
    Path path = write("backup.json", file);
    timed(
        () -> {
          try {
            assertThat(JsonBackup.read(path)).isNotNull();
          } catch (ImportException e) {
            oneSentence(path, e);
          }
        });
  }

  @Provide
  Arbitrary<byte[]> peopleFiles() {
    return mutants(List.of("imports/csv/people.csv"), List.of("name,title,company,email\n", "\""));
  }

  @Provide
  Arbitrary<byte[]> ledgerFiles() {
    return mutants(List.of("imports/csv/ledger.csv"), List.of("\"", "a,\"b\"\"\n"));
  }

  @Provide
  Arbitrary<byte[]> connectionFiles() {
    return mutants(
        List.of(
            "imports/linkedin/connections-2018.csv",
            "imports/linkedin/connections-2022.csv",
            "imports/linkedin/connections-2024.csv"),
        List.of("Notes:\n", "\""));
  }

  @Provide
  Arbitrary<byte[]> messageFiles() {
    return mutants(
        List.of(
            "imports/linkedin/messages-9-columns.csv", "imports/linkedin/messages-12-columns.csv"),
        List.of("\"", "\"\"\n"));
  }

  @Provide
  Arbitrary<byte[]> invitationFiles() {
    return mutants(List.of("imports/linkedin/invitations.csv"), List.of("\"", ",\n"));
  }

  @Provide
  Arbitrary<byte[]> googleFiles() {
    return mutants(
        List.of("imports/google/google-new.csv", "imports/google/google-old.csv"),
        List.of("\"", " ::: "));
  }

  @Provide
  Arbitrary<byte[]> vcardFiles() {
    return mutants(
        List.of(
            "imports/vcard/android-2.1.vcf",
            "imports/vcard/apple-3.0.vcf",
            "imports/vcard/nextcloud-4.0.vcf",
            "imports/vcard/sap-latin-1.vcf"),
        List.of("BEGIN:VCARD\n", "AGENT:BEGIN:VCARD\\n", "N;ENCODING=QUOTED-PRINTABLE:=\n"));
  }

  @Provide
  Arbitrary<byte[]> icsFiles() {
    return mutants(
        List.of(
            "imports/ics/attendance.ics",
            "imports/ics/dst-changes.ics",
            "imports/ics/time-zones.ics",
            "imports/ics/weekly-with-exceptions.ics"),
        List.of(
            "BEGIN:VEVENT\n",
            "BEGIN:VCALENDAR\n",
            "ATTENDEE:mailto:a@example.org\n",
            "RRULE:FREQ=DAILY\n",
            " x\n"));
  }

  @Provide
  Arbitrary<byte[]> mboxFiles() {
    return mutants(
        List.of("imports/mbox/inbox.mbox", "imports/mbox/sent.mbox", "imports/mbox/crlf.mbox"),
        List.of("From a@b Mon Jan  1 00:00:00 2024\n", "To: a@b, ", "\t(comment (nested"));
  }

  @Provide
  Arbitrary<byte[]> backupFiles() {
    return mutants(List.of("exports/backup.json"), List.of("[", "{\"a\":", "\"\\u0000\""));
  }

  private static Arbitrary<byte[]> mutants(List<String> seeds, List<String> openers) {
    List<byte[]> sound = seeds.stream().map(FuzzedFilesTest::resource).toList();
    List<byte[]> foreign =
        Stream.of(
                "imports/csv/people.csv",
                "imports/vcard/apple-3.0.vcf",
                "imports/ics/attendance.ics",
                "imports/mbox/inbox.mbox",
                "exports/backup.json")
            .map(FuzzedFilesTest::resource)
            .toList();
    Mutants mutants = new Mutants(sound, foreign, openers);
    return Arbitraries.randomValue((Random r) -> mutants.next(r));
  }

  private static void survives(String format, String name, byte[] content) {
    Path path = write(name, content);
    Importers.Format importer = Importers.find(format).orElseThrow();
    ImportOptions options = OPTIONS.withMaxRows(ImportOptions.budget(path));
    timed(
        () -> {
          try {
            ImportFeed feed = importer.reader().read(path, options, guess -> {});
            ImportBatch batch = ImportBatch.of(new CheckedFeed(feed, path, options));
            long rows = batch.contacts().size() + batch.entries().size() + batch.mail().size();
            assertThat(rows).isLessThanOrEqualTo(options.maxRows());
          } catch (ImportException e) {
            oneSentence(path, e);
          }
        });
  }

  private static void oneSentence(Path path, ImportException e) {
    String message = e.getMessage();
    assertThat(message).matches(java.util.regex.Pattern.quote(path.toString()) + "(:\\d+)?: \\S.*");
    assertThat(message).doesNotContain("\n", "\r", "Exception", "\tat ");
    assertThat(message.length()).isLessThan(path.toString().length() + 700);
  }

  private static void timed(Runnable work) {
    long start = System.nanoTime();
    work.run();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SMALL_FILE_WORK);
  }

  private static Path write(String name, byte[] content) {
    try {
      return Files.write(folder.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = FuzzedFilesTest.class.getResourceAsStream("/needle/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
