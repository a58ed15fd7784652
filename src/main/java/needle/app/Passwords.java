package needle.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import needle.NeedleException;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id, a memory-hard function, in the PHC string format ({@code
 * $argon2id$v=19$m=…,t=…,p=…$salt$hash}) so the parameters travel with each hash.
 */
final class Passwords {
  /** 19 MiB, two passes: the OWASP baseline for Argon2id. */
  static final int MEMORY_KIB = 19 * 1024;

  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final int MIN_LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private Passwords() {}

  /** The hash to store for {@code password}; refuses passwords too short to be safe. */
  static String hash(char[] password) {
    if (password.length < MIN_LENGTH) {
      throw new NeedleException(
          "the password is too short (expected at least " + MIN_LENGTH + " characters)");
    }
    return hashOf(password);
  }

  /**
   * The hash to store for {@code user}'s new {@code password}: refuses, and says why, a password
   * too short, one of the commonest, or one built from the user name, which attackers try first.
   */
  static String hash(String user, char[] password) {
    String weakness = WeakPasswords.weakness(user, password);
    if (weakness != null) {
      throw new NeedleException(weakness);
    }
    return hash(password);
  }

  /**
   * A hash that no password matches, checked for a user that does not exist so that a wrong name
   * takes as long to refuse as a wrong password.
   */
  static String unmatchable() {
    return Unmatchable.HASH;
  }

  private static final class Unmatchable {
    static final String HASH;

    static {
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      HASH = hashOf(java.util.HexFormat.of().formatHex(random).toCharArray());
    }
  }

  private static String hashOf(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m="
        + MEMORY_KIB
        + ",t="
        + ITERATIONS
        + ",p="
        + PARALLELISM
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /** Whether {@code password} matches {@code stored}, compared in constant time. */
  static boolean matches(char[] password, String stored) {
    if (stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 6 || !parts[1].equals("argon2id")) {
      return false;
    }
    int memory = 0;
    int iterations = 0;
    int parallelism = 0;
    for (String setting : parts[3].split(",")) {
      String[] kv = setting.split("=");
      int value = Integer.parseInt(kv[1]);
      switch (kv[0]) {
        case "m" -> memory = value;
        case "t" -> iterations = value;
        case "p" -> parallelism = value;
        default -> {
          return false;
        }
      }
    }
    byte[] salt = B64D.decode(parts[4]);
    byte[] expected = B64D.decode(parts[5]);
    byte[] actual = argon2(password, salt, memory, iterations, parallelism, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] argon2(
      char[] password, byte[] salt, int memory, int iterations, int parallelism, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memory)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(new String(password).getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
