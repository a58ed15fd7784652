package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import needle.NeedleException;
import needle.people.Person;
import needle.storage.Ledger;
import needle.storage.LedgerSession;
import needle.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts and logins, through the use cases the server's doors call. */
class LoginTest {
  private static final String PASSWORD = "analytical engine 1843";
  @TempDir Path folder;
  Ledger ledger;
  Instant now = Instant.parse("2026-04-01T09:00:00Z");
  Login login;

  @BeforeEach
  void server() {
    ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    Clock clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    login = new Login(ledger, Duration.ofHours(12), clock);
  }

  @Test
  void theFirstAccountTakesTheLocalLedgerAndLaterOnesStartEmpty() {
    ledger.write(s -> s.addPerson(Person.named("Greta")));

    Accounts.Added ada = Accounts.add(ledger, " Ada ", PASSWORD.toCharArray());
    Accounts.Added grace = Accounts.add(ledger, "grace", "another long password".toCharArray());

    assertThat(ada).isEqualTo(new Accounts.Added("ada", true));
    assertThat(grace).isEqualTo(new Accounts.Added("grace", false));
    assertThat(Accounts.any(ledger)).isTrue();
    Login.Session hers =
        opened(login.attempt("grace", "another long password".toCharArray(), "192.0.2.1"));
    assertThat(hers.ledger().read(LedgerSession::people)).isEmpty();
    Login.Session his = opened(login.attempt("ADA", PASSWORD.toCharArray(), "192.0.2.1"));
    assertThat(his.ledger().read(LedgerSession::people)).extracting(Person::name).contains("Greta");
  }

  @Test
  void anAccountNeedsAGoodNameAndALongPassword() {
    assertThat(Accounts.any(ledger)).isFalse();
    assertThatThrownBy(() -> Accounts.add(ledger, "bob", "short".toCharArray()))
        .isInstanceOf(NeedleException.class)
        .hasMessage("the password is too short (expected at least 10 characters)");
    assertThatThrownBy(() -> Accounts.add(ledger, "no spaces", PASSWORD.toCharArray()))
        .hasMessageContaining("cannot be a user name");
    Accounts.add(ledger, "ada", PASSWORD.toCharArray());
    assertThatThrownBy(() -> Accounts.add(ledger, "Ada", PASSWORD.toCharArray()))
        .hasMessage("the user \"ada\" already exists (choose another name)");
  }

  @Test
  void aWrongPasswordAndAnUnknownUserAreRefusedAlike() {
    Accounts.add(ledger, "ada", PASSWORD.toCharArray());

    assertThat(login.attempt("ada", "analytical engine 1844".toCharArray(), "192.0.2.1"))
        .isEqualTo(new Login.Refused());
    assertThat(login.attempt("nobody", PASSWORD.toCharArray(), "192.0.2.1"))
        .isEqualTo(new Login.Refused());
  }

  @Test
  void aSessionIsFoundByItsTokenUntilItEndsOrTheUserLogsOut() {
    Accounts.add(ledger, "ada", PASSWORD.toCharArray());
    Login.Session session = opened(login.attempt("ada", PASSWORD.toCharArray(), "192.0.2.1"));

    assertThat(session.user()).isEqualTo("ada");
    assertThat(session.expiresAt()).isEqualTo(now.plus(Duration.ofHours(12)));
    assertThat(session.csrf()).isNotBlank().isNotEqualTo(session.token());
    assertThat(login.session(session.token())).map(Login.Session::csrf).contains(session.csrf());
    assertThat(login.session(null)).isEmpty();
    assertThat(login.session("not a token")).isEmpty();

    login.logout(session.token());
    assertThat(login.session(session.token())).isEmpty();

    Login.Session next = opened(login.attempt("ada", PASSWORD.toCharArray(), "192.0.2.1"));
    now = now.plus(Duration.ofHours(12)).plusSeconds(1);
    assertThat(login.session(next.token())).as("ended").isEmpty();
  }

  private static Login.Session opened(Login.Outcome outcome) {
    assertThat(outcome).isInstanceOf(Login.Opened.class);
    return ((Login.Opened) outcome).session();
  }
}
