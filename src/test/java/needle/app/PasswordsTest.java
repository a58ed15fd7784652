package needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import needle.NeedleException;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void aHashIsArgon2idWithItsParametersAndASalt() {
    String hash = Passwords.hash("correct horse battery".toCharArray());

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(Passwords.hash("correct horse battery".toCharArray()))
        .as("salted")
        .isNotEqualTo(hash);
  }

  @Test
  void onlyTheRightPasswordMatches() {
    String hash = Passwords.hash("correct horse battery".toCharArray());

    assertThat(Passwords.matches("correct horse battery".toCharArray(), hash)).isTrue();
    assertThat(Passwords.matches("correct horse batterY".toCharArray(), hash)).isFalse();
    assertThat(Passwords.matches("anything".toCharArray(), null)).isFalse();
    assertThat(Passwords.matches("anything".toCharArray(), "$2a$10$bcrypt")).isFalse();
  }

  @Test
  void aShortPasswordIsRefused() {
    assertThatThrownBy(() -> Passwords.hash("short".toCharArray()))
        .isInstanceOf(NeedleException.class)
        .hasMessage("the password is too short (expected at least 10 characters)");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "aaaaaaaaaa",
        "ababababab",
        "1234567890",
        "abcdefghij",
        "qwertyuiop",
        "password123",
        "Password2024!",
        "P@ssw0rd2024",
        "iloveyou123",
        "football2025",
        "1qaz2wsx3edc",
        "zaq12wsx2024",
        "Michael1234",
        "0987654321"
      })
  void theCommonestPasswordsAreRefusedAndTheMessageSaysWhy(String password) {
    assertThatThrownBy(() -> Passwords.hash("ada", password.toCharArray()))
        .isInstanceOf(NeedleException.class)
        .hasMessageStartingWith("this password is one of the commonest, which attackers try first");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "ada.lovelace, lovelace2026!",
    "ada.lovelace, ada.lovelace1",
    "grace, grace.grace!",
    "grace, ecarg123456",
    "grace, GRACEgrace!"
  })
  void aPasswordBuiltFromTheUserNameIsRefused(String user, String password) {
    assertThatThrownBy(() -> Passwords.hash(user, password.toCharArray()))
        .isInstanceOf(NeedleException.class)
        .hasMessageStartingWith("this password is built from the user name");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "ada, correct horse battery",
    "ann, planning ahead for winter",
    "grace, compiler in 1952 please",
    "ada, analytical engine 1843"
  })
  void aPassphraseIsAccepted(String user, String password) {
    assertThat(Passwords.hash(user, password.toCharArray())).startsWith("$argon2id$");
  }

  @Test
  void noPasswordMatchesTheHashCheckedForUnknownUsers() {
    String unmatchable = Passwords.unmatchable();

    assertThat(unmatchable).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(Passwords.matches("".toCharArray(), unmatchable)).isFalse();
    assertThat(Passwords.matches("password".toCharArray(), unmatchable)).isFalse();
  }
}
