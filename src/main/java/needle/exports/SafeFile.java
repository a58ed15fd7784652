package needle.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import needle.NeedleException;

/**
 * Writes an export so that it is whole or not there: into a temporary file beside it, readable by
 * its owner only (a backup holds private notes about other people), forced to the disk, then
 * renamed over the old file. A kill or a full disk leaves the previous backup as it was.
 */
public final class SafeFile {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private SafeFile() {}

  /** What writes the content; it may fail with an I/O error, which leaves the old file alone. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes {@code text} to {@code target}, as UTF-8. */
  public static void write(Path target, String text) {
    write(target, out -> out.write(text));
  }

  /** Writes what {@code content} writes to {@code target}, as UTF-8, whole or not at all. */
  public static void write(Path target, Content content) {
    if (Files.isDirectory(target)) {
      throw new NeedleException(
          "cannot write "
              + target
              + ": it is a folder (give the path of a file, such as one inside it)");
    }
    Path folder = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      throw new NeedleException(
          "cannot write "
              + target
              + ": the folder "
              + folder
              + " does not exist (create it, or choose another --out)");
    }
    Path temporary = null;
    try {
      temporary =
          Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", ownerOnly());
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(
                      Channels.newOutputStream(channel), StandardCharsets.UTF_8))) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      move(temporary, target);
      temporary = null;
      syncFolder(folder);
    } catch (IOException e) {
      throw new NeedleException(
          "cannot write " + target + ": " + reason(e) + " (the file there before, if any, is kept)",
          e);
    } finally {
      if (temporary != null) {
        deleteQuietly(temporary);
      }
    }
  }

  /** Creates {@code folder} and its parents when missing, the last readable by its owner only. */
  public static void createFolder(Path folder) {
    if (Files.isDirectory(folder)) {
      return;
    }
    try {
      Path parent = folder.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.createDirectory(
          folder,
          POSIX
              ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
              }
              : new FileAttribute<?>[0]);
    } catch (IOException e) {
      throw new NeedleException("cannot create the folder " + folder + ": " + reason(e), e);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The rename is kept across a power cut once the folder itself is on the disk. */
  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some systems cannot open a folder for reading; the rename is done either way.
    }
  }

  private static String reason(IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("No space left") || message.contains("Disk quota exceeded")) {
      return "the disk is full (free some space, or choose another --out)";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied (choose a folder you may write to)";
    }
    return needle.IoReason.of(e);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // The export failed already and says so; a hidden temporary file is all that is left.
    }
  }
}
