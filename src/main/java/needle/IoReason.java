package needle;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words a person can act on: never the exception's own
 * message, which names temporary files and Java classes ("Input length = 1").
 */
public final class IoReason {
  private IoReason() {}

  public static String of(IOException e) {
    if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
      return "no such file or folder (check the path)";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied (check the file's permissions, or choose another path)";
    }
    if (e instanceof CharacterCodingException) {
      return "it is not text (expected a text file)";
    }
    String reason = e instanceof FileSystemException f ? f.getReason() : null;
    if (reason != null && (reason.contains("No space left") || reason.contains("quota"))) {
      return "the disk is full (free some space, or choose another path)";
    }
    if (reason != null && reason.contains("Is a directory")) {
      return "it is a folder, not a file (give the path of a file)";
    }
    return "the system could not read or write it (check the path, and that the disk is sound)";
  }
}
