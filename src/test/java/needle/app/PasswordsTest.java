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
}
