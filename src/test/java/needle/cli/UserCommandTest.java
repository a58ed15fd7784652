package needle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import needle.app.Login;
import needle.storage.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {
  @TempDir Path folder;

  private Cli.Result addUser(Cli cli, String name, String password) {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
      return cli.run("user", "add", name, "--password-stdin");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void theFirstUserTakesTheLocalLedgerAndLaterOnesStartEmpty() {
    Cli cli = Cli.sqlite(folder);
    cli.ok("person", "add", "Greta");

    assertThat(addUser(cli, "ada", "correct horse battery").out())
        .contains("Added user ada with the local ledger.");
    assertThat(addUser(cli, "grace", "another long password").out())
        .contains("Added user grace with a new, empty ledger.");

    Ledger ledger = Ledger.open(folder.resolve("needle.db").toString(), java.util.Map.of());
    Login login = new Login(ledger, Duration.ofHours(1), Clock.systemUTC());
    Login.Outcome outcome = login.attempt("GRACE", "another long password".toCharArray());
    assertThat(outcome).isInstanceOf(Login.Opened.class);
    Ledger grace = ((Login.Opened) outcome).session().ledger();
    assertThat(grace.owner()).isEqualTo(2);
    java.util.List<needle.people.Person> graces = grace.read(s -> s.people());
    java.util.List<needle.people.Person> adas = ledger.asOwner(1).read(s -> s.people());
    assertThat(graces).isEmpty();
    assertThat(adas).hasSize(1);
  }

  @Test
  void aTakenNameAShortPasswordAndABadNameAreRefused() {
    Cli cli = Cli.sqlite(folder);
    addUser(cli, "ada", "correct horse battery");

    assertThat(addUser(cli, "Ada", "correct horse battery").err())
        .contains("the user \"ada\" already exists");
    assertThat(addUser(cli, "bob", "short").err()).contains("the password is too short");
    assertThat(addUser(cli, "no spaces", "correct horse battery").err())
        .contains("cannot be a user name");
  }
}
