package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writer killed with SIGKILL at five points of its run, in a child process as a user's would
 * die: the ledger is exactly as before (its export is byte for byte the same), SQLite finds it
 * whole, and a backup being overwritten is never left damaged. Then four processes logging a
 * thousand entries each into one ledger at once: every entry is there. Long: run by the acceptance
 * profile, which CI enables.
 */
@Tag("acceptance")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyTest {
  /** Where in a writer's unkilled run the kills land, as shares of its length. */
  private static final double[] KILL_AT = {0.15, 0.35, 0.55, 0.75, 0.92};

  @TempDir static Path folder;
  private Path files;
  private Path base;

  @BeforeAll
  void writeTheFiles() throws IOException {
    files = Files.createDirectories(folder.resolve("files"));
    StringBuilder ledger = new StringBuilder("date,person,event,minutes,kind,value,outcome,note\n");
    for (int i = 0; i < 150_000; i++) {
      String who = "Person " + i % 3000;
      ledger.append(
          i % 10 == 0
              ? "2025-0" + (1 + i % 9) + "-1" + i % 10 + "," + who + ",gave,,advice,,,tip " + i
              : "2025-0" + (1 + i % 9) + "-1" + i % 10 + "," + who + ",time,30,call,,,sync " + i);
      ledger.append('\n');
    }
    Files.writeString(files.resolve("ledger.csv"), ledger);
    StringBuilder people = new StringBuilder("name,title,company,email\n");
    StringBuilder cards = new StringBuilder();
    StringBuilder connections =
        new StringBuilder(
            "Notes:\n\"Some e-mail addresses may be missing.\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < 40_000; i++) {
      people.append("Member ").append(i).append(",Engineer,Acme,member").append(i);
      people.append("@example.org\n");
      cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card Holder ").append(i);
      cards.append("\r\nN:Holder ").append(i).append(";Card;;;\r\nEMAIL:card").append(i);
      cards.append("@example.org\r\nTITLE:Director\r\nORG:Beta\r\nEND:VCARD\r\n");
      connections.append("Link,Member ").append(i).append(",https://www.linkedin.com/in/link-");
      connections.append(i).append(",,Gamma,Manager,0").append(1 + i % 9).append(" Mar 2025\n");
    }
    Files.writeString(files.resolve("people.csv"), people);
    StringBuilder google =
        new StringBuilder(
            "First Name,Last Name,Organization Name,Organization Title,Labels,"
                + "E-mail 1 - Label,E-mail 1 - Value\n");
    for (int i = 0; i < 20_000; i++) {
      google.append("Contact,Number ").append(i).append(",Epsilon,Partner,* myContacts,* Work,");
      google.append("contact").append(i).append("@example.org\n");
    }
    Files.writeString(files.resolve("contacts.csv"), google);
    Files.writeString(files.resolve("cards.vcf"), cards);
    Files.writeString(files.resolve("Connections.csv"), connections);
    StringBuilder ics =
        new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//x\r\n");
    StringBuilder mbox = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      String day = String.format("2025%02d%02d", 1 + i % 12, 1 + i % 28);
      ics.append("BEGIN:VEVENT\r\nUID:e").append(i).append("@example.org\r\nDTSTART:");
      ics.append(day).append("T100000Z\r\nDTEND:").append(day).append("T103000Z\r\n");
      ics.append("SUMMARY:Sync ").append(i).append("\r\nORGANIZER:mailto:me@example.org\r\n");
      ics.append("ATTENDEE;CN=Guest ").append(i % 2000).append(":mailto:guest");
      ics.append(i % 2000).append("@example.org\r\nEND:VEVENT\r\n");
      mbox.append("From me@example.org Mon Mar  2 09:00:00 2026\nFrom: Me <me@example.org>\n");
      mbox.append("To: Friend ").append(i % 2000).append(" <friend").append(i % 2000);
      mbox.append("@example.org>\nSubject: Hello ").append(i).append("\nDate: Mon, 2 Mar 2026");
      mbox.append(" 09:00:00 +0000\nMessage-ID: <m").append(i).append("@example.org>\n\n");
      mbox.append("Shall we meet?\n\n");
    }
    ics.append("END:VCALENDAR\r\n");
    Files.writeString(files.resolve("calendar.ics"), ics);
    Files.writeString(files.resolve("mail.mbox"), mbox);

    // The ledger each writer starts from: a little of everything, so a kill has much to lose.
    base = folder.resolve("base.db");
    cli(base, "person", "add", "Ann Example", "--email", "ann@example.org");
    cli(base, "log", "time", "Ann Example", "--minutes=45", "--on=2026-01-05");
    StringBuilder colleagues = new StringBuilder("name,title,company,email\n");
    for (int i = 0; i < 500; i++) {
      colleagues.append("Colleague ").append(i).append(",Analyst,Delta,colleague").append(i);
      colleagues.append("@example.org\n");
    }
    Path colleaguesCsv = Files.writeString(folder.resolve("colleagues.csv"), colleagues);
    cli(base, "import", "people", colleaguesCsv.toString());
    // A backup of a larger ledger, for restore --replace.
    Path large = folder.resolve("large.db");
    cli(large, "import", "ledger", files.resolve("ledger.csv").toString());
    cli(large, "export", "json", "--out", files.resolve("large.json").toString());
  }

  static Stream<Arguments> writers() {
    return Stream.of(
        Arguments.of("import ledger", List.of("import", "ledger", "@ledger.csv")),
        Arguments.of("import people", List.of("import", "people", "@people.csv")),
        Arguments.of("import vcard", List.of("import", "vcard", "@cards.vcf")),
        Arguments.of("import linkedin", List.of("import", "linkedin", "@Connections.csv")),
        Arguments.of("import google", List.of("import", "google", "@contacts.csv")),
        Arguments.of(
            "import ics",
            List.of(
                "import",
                "ics",
                "--me",
                "me@example.org",
                "--as-of",
                "2026-11-30",
                "@calendar.ics")),
        Arguments.of(
            "import mbox", List.of("import", "mbox", "--me", "me@example.org", "@mail.mbox")),
        Arguments.of("restore", List.of("restore", "--replace", "@large.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aWriterKilledAnywhereLeavesTheLedgerAsItWas(String name, List<String> command)
      throws Exception {
    List<String> args = command.stream().map(a -> a.startsWith("@") ? file(a) : a).toList();
    // One whole run, to know how long the writer takes and that it works.
    Path whole = copyOfBase("whole");
    long took = runChild(whole, args, -1);
    assertThat(took).as("the unkilled run of " + name).isPositive();
    String before = export(base);
    String after = export(whole);
    assertThat(after).as(name + " changes the ledger").isNotEqualTo(before);

    int leftAsBefore = 0;
    for (double share : KILL_AT) {
      Path ledger = copyOfBase("killed-" + share);
      long killedAfter = (long) (took * share);
      runChild(ledger, args, killedAfter);
      String now = export(ledger);
      String when = name + " killed after " + killedAfter + " of " + took + " ms";
      assertThat(integrity(ledger)).as(when).isEqualTo("ok");
      // All or nothing: a kill after the commit, as the process ends, leaves all of it.
      assertThat(now.equals(before) || now.equals(after))
          .as(when + ": the ledger is as before or as after")
          .isTrue();
      leftAsBefore += now.equals(before) ? 1 : 0;
    }
    assertThat(leftAsBefore).as("kills that landed before " + name + " was kept").isPositive();
  }

  @Test
  void anExportKilledAnywhereNeverDamagesTheBackupItReplaces() throws Exception {
    Path ledger = folder.resolve("export.db");
    cli(ledger, "import", "ledger", file("@ledger.csv"));
    Path backup = folder.resolve("backup.json");
    cli(ledger, "export", "json", "--out", backup.toString());
    byte[] good = Files.readAllBytes(backup);
    long took = runChild(ledger, List.of("export", "json", "--out", backup.toString()), -1);

    for (double share : KILL_AT) {
      runChild(
          ledger, List.of("export", "json", "--out", backup.toString()), (long) (took * share));
      assertThat(Files.readAllBytes(backup)).as("the backup after a kill").isEqualTo(good);
    }
  }

  @Test
  void fourProcessesLoggingAThousandEntriesEachLoseNone() throws Exception {
    Path ledger = folder.resolve("shared.db");
    cli(ledger, "person", "add", "Bo Example");
    List<Process> children = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      children.add(
          child(
              List.of(
                  RepeatedLog.class.getName(), ledger.toString(), "Bo Example", "1000", "p" + i),
              folder.resolve("log-" + i + ".err")));
    }
    for (int i = 0; i < children.size(); i++) {
      assertThat(children.get(i).waitFor(15, TimeUnit.MINUTES)).isTrue();
      assertThat(children.get(i).exitValue())
          .as(Files.readString(folder.resolve("log-" + i + ".err")))
          .isZero();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
        ResultSet rows =
            c.createStatement()
                .executeQuery("SELECT count(*), count(DISTINCT note) FROM time_entry")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(4000);
      assertThat(rows.getInt(2)).isEqualTo(4000);
    }
  }

  private String file(String at) {
    return files.resolve(at.substring(1)).toString();
  }

  private Path copyOfBase(String name) throws IOException {
    Path copy = folder.resolve(name + ".db");
    Files.copy(base, copy, StandardCopyOption.REPLACE_EXISTING);
    return copy;
  }

  /**
   * Runs {@code needle --db LEDGER ARGS} in a child process, killed with SIGKILL after {@code
   * killAfterMillis} unless that is negative; answers how long it ran, or -1 when it was killed
   * before it ended.
   */
  private long runChild(Path ledger, List<String> args, long killAfterMillis) throws Exception {
    List<String> command =
        new ArrayList<>(List.of(Main.class.getName(), "--db", ledger.toString()));
    command.addAll(args);
    Path err = folder.resolve("child.err");
    long start = System.nanoTime();
    Process child = child(command, err);
    if (killAfterMillis >= 0 && !child.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
      child.destroyForcibly(); // SIGKILL on Unix
      child.waitFor(1, TimeUnit.MINUTES);
      return -1;
    }
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    long took = (System.nanoTime() - start) / 1_000_000;
    assertThat(child.exitValue())
        .as(String.join(" ", args) + ": " + Files.readString(err))
        .isZero();
    return took;
  }

  private Process child(List<String> mainAndArgs, Path err) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath()));
    command.addAll(mainAndArgs);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.put("HOME", folder.toString());
    env.put("XDG_DATA_HOME", folder.resolve("data").toString());
    env.put("XDG_CONFIG_HOME", folder.resolve("config").toString());
    return builder.start();
  }

  private static String classPath() {
    return System.getProperty("java.class.path");
  }

  /** The ledger's JSON export, written in this process. */
  private String export(Path ledger) throws IOException {
    Path out = folder.resolve("compare.json");
    Files.deleteIfExists(out);
    cli(ledger, "export", "json", "--out", out.toString());
    return Files.readString(out);
  }

  private static String integrity(Path ledger) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
        ResultSet rows = c.createStatement().executeQuery("PRAGMA integrity_check")) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** Runs {@code needle --db LEDGER ARGS} in this process; it must succeed. */
  private static void cli(Path ledger, String... args) {
    new Cli(ledger.toString(), folder).ok(args);
  }
}
