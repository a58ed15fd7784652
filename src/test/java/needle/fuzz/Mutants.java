package needle.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Malformed and mutated files made from sound ones: truncations, flipped, inserted and deleted
 * bytes, byte-order marks, other encodings, huge lines, deep nesting, random bytes, repeated and
 * shuffled lines, lines of other formats, consistent-looking nonsense and control characters.
 */
final class Mutants {
  private static final byte[][] BOMS = {
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}
  };
  private static final Charset[] ENCODINGS = {
    StandardCharsets.ISO_8859_1,
    Charset.forName("windows-1252"),
    StandardCharsets.UTF_16LE,
    StandardCharsets.UTF_16BE,
    Charset.forName("IBM437")
  };
  private static final String[] NONSENSE = {
    "BEGIN",
    "END",
    "VCARD",
    "VEVENT",
    ":",
    ";",
    ",",
    "\"",
    "=",
    "From ",
    "@",
    "<",
    ">",
    "[",
    "{",
    "}",
    "]",
    "null",
    "-1",
    "1e309",
    "NaN",
    "2024-13-45",
    "FREQ=DAILY",
    "RRULE:",
    "ATTENDEE:mailto:",
    "Name",
    "Zoë",
    "Müller",
    "\u202e",
    "\u001b]0;pwned\u0007",
    "\u001b[2J",
    "\r",
    "\t",
    "\\",
    "%s"
  };

  /** A mutant this large is mutated no further: the fuzzing is of small files. */
  static final int SMALL = 1 << 18;

  private final List<byte[]> seeds;
  private final List<byte[]> foreign;
  private final List<String> openers;

  /**
   * Mutants of {@code seeds}, with lines of {@code foreign} files spliced in and {@code openers}
   * (what nests in this format) repeated for deep nesting.
   */
  Mutants(List<byte[]> seeds, List<byte[]> foreign, List<String> openers) {
    this.seeds = List.copyOf(seeds);
    this.foreign = List.copyOf(foreign);
    this.openers = List.copyOf(openers);
  }

  byte[] next(Random r) {
    byte[] out = seeds.get(r.nextInt(seeds.size()));
    int rounds = 1 + r.nextInt(3);
    for (int i = 0; i < rounds && out.length < SMALL; i++) {
      out = once(out, r);
    }
    return out;
  }

  private byte[] once(byte[] b, Random r) {
    return switch (r.nextInt(15)) {
      case 0 -> Arrays.copyOf(b, r.nextInt(b.length + 1));
      case 1 -> flip(b, r);
      case 2 -> insert(b, r.nextInt(b.length + 1), randomBytes(r, 1 + r.nextInt(64)));
      case 3 -> delete(b, r);
      case 4 -> concat(BOMS[r.nextInt(BOMS.length)], b);
      case 5 ->
          new String(b, StandardCharsets.UTF_8).getBytes(ENCODINGS[r.nextInt(ENCODINGS.length)]);
      case 6 -> insert(b, r.nextInt(b.length + 1), huge(r));
      case 7 -> insert(b, r.nextInt(b.length + 1), nested(r));
      case 8 -> randomBytes(r, r.nextInt(4096));
      case 9 -> lines(b, r, Mode.REPEAT);
      case 10 -> lines(b, r, Mode.SHUFFLE);
      case 11 -> lines(b, r, Mode.FOREIGN);
      case 12 -> lines(b, r, Mode.NONSENSE);
      case 13 -> insert(b, r.nextInt(b.length + 1), nonsense(r, 1 + r.nextInt(8)));
      default -> insert(b, r.nextInt(b.length + 1), new byte[] {0});
    };
  }

  private enum Mode {
    REPEAT,
    SHUFFLE,
    FOREIGN,
    NONSENSE
  }

  private byte[] lines(byte[] b, Random r, Mode mode) {
    List<String> lines =
        new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
    int at = r.nextInt(lines.size());
    switch (mode) {
      case REPEAT -> {
        String line = lines.get(at);
        int times = 1 + r.nextInt(r.nextBoolean() ? 20 : Math.max(1, SMALL / (line.length() + 1)));
        lines.addAll(at, Collections.nCopies(times, line));
      }
      case SHUFFLE -> Collections.shuffle(lines, r);
      case FOREIGN -> {
        String[] other =
            new String(foreign.get(r.nextInt(foreign.size())), StandardCharsets.UTF_8).split("\n");
        lines.add(at, other[r.nextInt(other.length)]);
      }
      case NONSENSE ->
          lines.set(at, new String(nonsense(r, 1 + r.nextInt(12)), StandardCharsets.UTF_8));
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] nonsense(Random r, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(NONSENSE[r.nextInt(NONSENSE.length)]);
      if (r.nextBoolean()) {
        s.append((char) ('a' + r.nextInt(26)));
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] huge(Random r) {
    int length = 5_000 + r.nextInt(60_000);
    char c = "x,\";: ".charAt(r.nextInt(6));
    return String.valueOf(c).repeat(length).getBytes(StandardCharsets.US_ASCII);
  }

  private byte[] nested(Random r) {
    String opener = openers.get(r.nextInt(openers.size()));
    return opener.repeat(100 + r.nextInt(3000)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] flip(byte[] b, Random r) {
    if (b.length == 0) {
      return b;
    }
    byte[] out = b.clone();
    int flips = 1 + r.nextInt(8);
    for (int i = 0; i < flips; i++) {
      out[r.nextInt(out.length)] = (byte) r.nextInt(256);
    }
    return out;
  }

  private static byte[] delete(byte[] b, Random r) {
    if (b.length == 0) {
      return b;
    }
    int from = r.nextInt(b.length);
    int to = Math.min(b.length, from + 1 + r.nextInt(200));
    return concat(Arrays.copyOf(b, from), Arrays.copyOfRange(b, to, b.length));
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
    out.write(b, 0, at);
    out.write(what, 0, what.length);
    out.write(b, at, b.length - at);
    return out.toByteArray();
  }

  private static byte[] randomBytes(Random r, int n) {
    byte[] out = new byte[n];
    r.nextBytes(out);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return insert(a, a.length, b);
  }
}
