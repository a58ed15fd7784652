package needle.imports.mbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import needle.imports.ImportException;
import needle.imports.Progress;

/**
 * A maildir folder: one message per file in its {@code cur/} and {@code new/} subfolders ({@code
 * tmp/} holds mail still being delivered and is left alone). Only each file's header is read, and
 * its body when the handler takes it.
 */
record MaildirFolder(Path folder) implements Mailbox {

  @Override
  public void read(Progress progress, Handler handler) {
    List<Path> files = messages();
    HeaderBytes header = new HeaderBytes();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      try (InputStream in = Files.newInputStream(file)) {
        Lines lines = new Lines(in, 64 * 1024);
        readHeader(lines, header);
        Body body = handler.message(file, header, 1);
        if (body != null) {
          while (lines.next()) {
            body.line(lines);
          }
          body.end();
        }
      } catch (IOException e) {
        throw new ImportException(file, "cannot read the message: " + needle.IoReason.of(e));
      }
      progress.advance(i + 1, files.size());
    }
  }

  private static void readHeader(Lines lines, HeaderBytes header) throws IOException {
    header.clear();
    while (lines.next() && !lines.isBlank()) {
      header.add(lines);
    }
  }

  private List<Path> messages() {
    List<Path> subfolders =
        Stream.of("cur", "new").map(folder::resolve).filter(Files::isDirectory).toList();
    if (subfolders.isEmpty()) {
      throw new ImportException(
          folder,
          "not a maildir folder (expected cur/ and new/ subfolders holding one message per file)");
    }
    List<Path> files = new ArrayList<>();
    for (Path subfolder : subfolders) {
      try (Stream<Path> listing = Files.list(subfolder)) {
        listing
            .filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith("."))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new ImportException(subfolder, "cannot list the folder: " + needle.IoReason.of(e));
      }
    }
    return files;
  }
}
