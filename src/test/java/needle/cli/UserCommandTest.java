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
    return withStdin(password, () -> cli.run("user", "add", name, "--password-stdin"));
  }

  private static Cli.Result withStdin(String line, java.util.function.Supplier<Cli.Result> run) {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)));
      return run.get();
    } finally {
      System.setIn(stdin);
    }
  }

  private Login login() {
    Ledger ledger = Ledger.open(folder.resolve("needle.db").toString(), java.util.Map.of());
    return new Login(ledger, Duration.ofHours(1), Clock.systemUTC());
  }

  private static Login.Session opened(Login.Outcome outcome) {
    assertThat(outcome).isInstanceOf(Login.Opened.class);
    return ((Login.Opened) outcome).session();
  }

  @Test
  void passwdChangesThePasswordAndEndsEverySessionOfTheUser() {
    Cli cli = Cli.sqlite(folder);
    addUser(cli, "ada", "correct horse battery");
    Login login = login();
    Login.Session stolen =
        opened(login.attempt("ada", "correct horse battery".toCharArray(), "192.0.2.1"));

    Cli.Result changed =
        withStdin(
            "a brand new passphrase here",
            () -> cli.run("user", "passwd", "ada", "--password-stdin"));

    assertThat(changed.out()).contains("Changed the password of ada");
    assertThat(login.session(stolen.token())).as("the old session").isEmpty();
    assertThat(login.attempt("ada", "correct horse battery".toCharArray(), "192.0.2.2"))
        .isInstanceOf(Login.Refused.class);
    opened(login.attempt("ada", "a brand new passphrase here".toCharArray(), "192.0.2.3"));
    assertThat(
            withStdin("password123", () -> cli.run("user", "passwd", "ada", "--password-stdin"))
                .err())
        .contains("one of the commonest");
  }

  @Test
  void logoutEndsEverySessionOfOneUserOnly() {
    Cli cli = Cli.sqlite(folder);
    addUser(cli, "ada", "correct horse battery");
    addUser(cli, "grace", "another long password");
    Login login = login();
    Login.Session ada1 =
        opened(login.attempt("ada", "correct horse battery".toCharArray(), "192.0.2.1"));
    Login.Session ada2 =
        opened(login.attempt("ada", "correct horse battery".toCharArray(), "192.0.2.2"));
    Login.Session grace =
        opened(login.attempt("grace", "another long password".toCharArray(), "192.0.2.3"));

    assertThat(cli.ok("user", "logout", "ada")).contains("Ended 2 sessions of ada.");
    assertThat(login.session(ada1.token())).isEmpty();
    assertThat(login.session(ada2.token())).isEmpty();
    assertThat(login.session(grace.token())).isPresent();
  }

  @Test
  void removeEndsTheAccountAndDeletesItsLedgerButKeepsTheLocalOne() {
    Cli cli = Cli.sqlite(folder);
    cli.ok("person", "add", "Greta");
    addUser(cli, "ada", "correct horse battery");
    addUser(cli, "grace", "another long password");
    Login login = login();
    Login.Session grace =
        opened(login.attempt("grace", "another long password".toCharArray(), "192.0.2.1"));
    grace.ledger().update(s -> s.addPerson(needle.people.Person.named("Grace's contact")));

    assertThat(cli.ok("user", "remove", "grace")).contains("Removed user grace and their ledger.");
    assertThat(cli.ok("user", "remove", "ada")).contains("the local ledger stays");

    assertThat(login.session(grace.token())).isEmpty();
    assertThat(login.attempt("grace", "another long password".toCharArray(), "192.0.2.2"))
        .isInstanceOf(Login.Refused.class);
    java.util.List<needle.people.Person> left = grace.ledger().read(s -> s.people());
    assertThat(left).isEmpty();
    assertThat(cli.ok("people")).contains("Greta");
    assertThat(cli.run("user", "remove", "nobody").err()).contains("there is no user \"nobody\"");
    assertThat(addUser(cli, "grace", "another long password").out()).contains("Added user grace");
  }

  @Test
  void aWeakPasswordIsRefusedWithTheReason() {
    Cli cli = Cli.sqlite(folder);

    assertThat(addUser(cli, "ada", "aaaaaaaaaa").err()).contains("one of the commonest");
    assertThat(addUser(cli, "ada", "ada2026ada!").err()).contains("built from the user name");
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
    Login.Outcome outcome =
        login.attempt("GRACE", "another long password".toCharArray(), "192.0.2.1");
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
