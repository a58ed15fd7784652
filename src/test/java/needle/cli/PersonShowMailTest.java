package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import needle.imports.ImportOptions;
import needle.imports.ImportWriter;
import needle.imports.Progress;
import needle.imports.mbox.MailImport;
import needle.storage.Ledger;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonShowMailTest {
  static final Path MAIL = Path.of("src/test/resources/needle/imports/mbox");

  @TempDir Path folder;
  Cli cli;

  @BeforeEach
  void importMail() {
    ImportWriter writer = new ImportWriter(Ledger.open(TestDatabases.sqliteFile(folder)));
    ImportOptions me =
        new ImportOptions(
            List.of("me@example.org"), LocalDate.of(2026, 4, 1), "split", 10, Progress.NONE);
    for (String file : List.of("sent.mbox", "inbox.mbox")) {
      writer.write(MailImport.read(MAIL.resolve(file), me).batch());
    }
    cli = Cli.sqlite(folder);
  }

  @Test
  void personShowGivesTheReplyRateAndTheMedianReplyTime() throws Exception {
    assertThat(cli.ok("person", "show", "Ann Lee"))
        .contains("  mail:     2 sent, 1 replied (50%), median reply 121.0 h");
    assertThat(cli.ok("person", "show", "Ann Lee", "--json"))
        .contains("\"replyRate\" : 0.5")
        .contains("\"medianReplyHours\" : 121.0");
  }

  @Test
  void someoneNeverWrittenToHasNoMailFigures() throws Exception {
    cli.ok("person", "add", "Zed");

    assertThat(cli.ok("person", "show", "Zed")).doesNotContain("mail:");
    assertThat(cli.ok("person", "show", "Zed", "--json")).contains("\"replyRate\" : null");
  }
}
