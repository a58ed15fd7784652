package needle.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import needle.NeedleException;
import needle.imports.CheckedFeed;
import needle.imports.Guessed;
import needle.imports.ImportFeed;
import needle.imports.ImportOptions;
import needle.imports.ImportResult;
import needle.imports.ImportWriter;
import needle.imports.Progress;
import needle.imports.formats.Importers;
import needle.scoring.Policy;

/**
 * {@code import}, from the command line or the import page: one file of a named format is written
 * to the ledger in one transaction while it is read. A bad row fails the whole file with FILE:LINE
 * and keeps nothing of it; importing the same file again changes nothing.
 */
public final class Imports {
  private Imports() {}

  /**
   * What the person says besides the file: their own addresses ({@code --me}), and the date
   * recurring events are expanded up to (null: today).
   */
  public record Owner(List<String> me, LocalDate asOf, long maxRows) {
    public Owner {
      me = List.copyOf(me);
    }

    public Owner(List<String> me, LocalDate asOf) {
      this(me, asOf, Long.MAX_VALUE);
    }

    public static Owner of(List<String> me) {
      return new Owner(me, null);
    }

    /**
     * An owner who shares the server with others: one upload of theirs writes at most {@link
     * #SHARED_UPLOAD_ROWS} rows, however its size allows more.
     */
    public Owner sharing() {
      return new Owner(me, asOf, Math.min(maxRows, SHARED_UPLOAD_ROWS));
    }
  }

  /**
   * The most rows one upload writes on a server that others share: a large LinkedIn export or a few
   * years of mail, but not minutes of a writer held for everyone else.
   */
  public static final long SHARED_UPLOAD_ROWS = 250_000;

  /** Hears about a file while it is read: how far it has got, and whom a mailbox belongs to. */
  public interface Listener {
    Listener NONE = new Listener() {};

    default Progress progress() {
      return Progress.NONE;
    }

    /**
     * A mailbox or calendar read without knowing the owner's addresses (none kept with {@code me
     * add}, no {@code --me}) is taken to be {@code guess.address()}'s, for this import only.
     */
    default void ownerGuessed(Guessed guess) {}
  }

  /** The bytes of an uploaded file, opened once. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }

  /**
   * An uploaded file's import: the name the file is known by, what the import did, and whom it took
   * for the owner when it had to guess (else null).
   */
  public record Uploaded(String name, ImportResult result, Guessed guessed) {}

  /**
   * The sentence that says whom an import took for the owner, and how to say so for good: the guess
   * holds for that import only, as a wrong one kept would leave a real person out of every ranking.
   */
  public static String guessTold(Guessed guess) {
    return "no address of yours is known, so "
        + guess.address()
        + " was taken as you for this import (found in "
        + guess.found()
        + " of "
        + guess.of()
        + " "
        + guess.things()
        + "); if it is yours, remember it with: needle me add "
        + guess.address();
  }

  /** Every format, in the order the import page lists them. */
  public static List<Importers.Format> formats() {
    return Importers.all();
  }

  /** Imports {@code file} as {@code format}; see the class comment for the promises kept. */
  public static ImportResult file(
      Scope scope, String format, Path file, Owner owner, Listener listener) {
    Importers.Format chosen = find(format);
    if (Files.isDirectory(file) && !chosen.readsFolders()) {
      throw new NeedleException(
          file + " is a folder, not a file (give the path of " + chosen.expects() + ")");
    }
    return write(scope, chosen, file, owner, listener);
  }

  /**
   * Imports a file sent by a browser: the name it was sent with (any folders dropped) must fit the
   * format, and the file must be text. It is copied to a temporary folder, deleted after, and
   * messages name the file by its own name.
   */
  public static Uploaded upload(
      Scope scope, String format, String sentName, Content content, Owner owner) {
    Importers.Format chosen = find(format);
    if (sentName == null || sentName.isBlank()) {
      throw new NeedleException("choose a file to import (expected " + chosen.expects() + ")");
    }
    String name = baseName(sentName);
    if (!chosen.accepts(name)) {
      throw new NeedleException(
          name
              + " is not "
              + chosen.expects()
              + ": expected a file ending in ."
              + String.join(" or .", chosen.extensions()));
    }
    Path folder = createFolder();
    try {
      Path copy = folder.resolve(name);
      try (InputStream in = content.open()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      requireText(copy, name, chosen);
      Guessed[] guessed = {null};
      Listener listener =
          new Listener() {
            @Override
            public void ownerGuessed(Guessed guess) {
              guessed[0] = guess;
            }
          };
      try {
        ImportResult result = write(scope, chosen, copy, owner, listener);
        return new Uploaded(name, result, guessed[0]);
      } catch (NeedleException e) {
        // The reader names the temporary copy; the person knows the file by its own name.
        throw new NeedleException(e.getMessage().replace(folder + File.separator, ""), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteFolder(folder);
    }
  }

  /** The file's own name without any folders a browser may send, safe to use as a file name. */
  public static String baseName(String uploaded) {
    String name =
        uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
    String safe = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return safe.isBlank() || safe.startsWith(".") ? "upload" + safe : safe;
  }

  private static ImportResult write(
      Scope scope, Importers.Format format, Path file, Owner owner, Listener listener) {
    ImportWriter writer = new ImportWriter(scope.ledger(), owner.me());
    Policy.GroupMeetings group = scope.policy().groupMeetings();
    LocalDate asOf = owner.asOf() != null ? owner.asOf() : scope.today();
    ImportOptions options =
        new ImportOptions(
            Me.forImport(scope, owner.me()),
            asOf,
            group.mode(),
            group.maxOthers(),
            listener.progress(),
            Math.min(owner.maxRows(), ImportOptions.budget(file)));
    ImportFeed feed =
        format
            .reader()
            .read(
                file,
                options,
                guess -> {
                  if (guess != null) {
                    listener.ownerGuessed(guess);
                  }
                });
    return writer.write(new CheckedFeed(feed, file, options));
  }

  private static Importers.Format find(String name) {
    return Importers.find(name)
        .orElseThrow(
            () ->
                new NeedleException(
                    "unknown format \""
                        + name
                        + "\" (expected "
                        + String.join(
                            ", ", Importers.all().stream().map(Importers.Format::name).toList())
                        + ")"));
  }

  /** A NUL byte early on means a binary file (a PDF, a spreadsheet), not the text expected. */
  private static void requireText(Path copy, String name, Importers.Format format)
      throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(copy)) {
      head = in.readNBytes(8192);
    }
    for (byte b : head) {
      if (b == 0) {
        String hint =
            format.extensions().contains("csv")
                ? "save or export it as CSV first"
                : "expected a text file ending in ." + String.join(" or .", format.extensions());
        throw new NeedleException(
            name + " is a binary file, not " + format.expects() + " (" + hint + ")");
      }
    }
  }

  private static Path createFolder() {
    try {
      return Files.createTempDirectory("needle-upload");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteFolder(Path folder) {
    try (var paths = Files.list(folder)) {
      for (Path p : paths.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
