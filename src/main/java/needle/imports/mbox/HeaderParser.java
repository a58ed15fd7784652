package needle.imports.mbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import needle.imports.ImportException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.UnstructuredField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/** Reads a message header with mime4j, leniently, as real mailboxes need. */
final class HeaderParser {
  /** A NUL in a header is no mail a client sent: the file is damaged or binary. */
  private static void refuseNul(Path file, HeaderBytes bytes, long line) {
    byte[] b = bytes.bytes();
    long at = line;
    for (int i = 0; i < bytes.length(); i++) {
      if (b[i] == '\n') {
        at++;
      } else if (b[i] == 0) {
        throw new ImportException(
            file,
            at,
            "a NUL character in a message header, which no mail holds (expected an mbox of"
                + " text messages: the file is damaged or binary)");
      }
    }
  }

  private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");
  private static final Pattern OFFSET =
      Pattern.compile("\\d\\d:\\d\\d(?::\\d\\d)?\\s+([+-]\\d{4})");
  private static final Pattern AUTOMATIC = Pattern.compile("bulk|list|junk|auto.?reply");

  private final DefaultMessageBuilder builder = new DefaultMessageBuilder();

  HeaderParser() {
    builder.setMimeEntityConfig(
        MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1).build());
    builder.setFieldParser(LenientFieldParser.getParser());
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
  }

  MailHeader parse(Path file, HeaderBytes bytes, long line) {
    refuseNul(file, bytes, line);
    Header header;
    try {
      header = builder.parseHeader(new ByteArrayInputStream(bytes.bytes(), 0, bytes.length()));
    } catch (IOException e) {
      throw new ImportException(
          file, line, "cannot read the message header: " + needle.IoReason.of(e));
    }
    List<MailHeader.Mailbox> from = mailboxes(header, "From");
    Instant sentAt = date(header);
    return new MailHeader(
        line,
        messageId(header),
        from.isEmpty() ? null : from.get(0),
        mailboxes(header, "To"),
        sentAt,
        sentAt == null ? null : LocalDate.ofInstant(sentAt, offset(text(header, "Date"))),
        text(header, "Subject"),
        parent(header),
        automatic(header),
        text(header, "X-From"),
        text(header, "X-To"));
  }

  private static String text(Header header, String name) {
    Field field = header.getField(name);
    if (field == null) {
      return null;
    }
    String value = field instanceof UnstructuredField u ? u.getValue() : field.getBody();
    return value == null || value.isBlank() ? null : value.replaceAll("\\s+", " ").trim();
  }

  private static String messageId(Header header) {
    String value = text(header, "Message-ID");
    if (value == null) {
      return null;
    }
    Matcher id = ID.matcher(value);
    return id.find() ? id.group() : value;
  }

  /**
   * The Message-ID read straight from the header's bytes, without parsing the rest, when that gives
   * what a full parse would (an id in angle brackets); else null. A message seen before is skipped
   * on it, so a mailbox read again costs a scan, not a parse per message.
   */
  static String quickMessageId(HeaderBytes header) {
    String value = header.plainMessageId();
    return value == null ? null : firstId(value);
  }

  /** What {@link #ID} finds first in {@code value}, without a regular expression per message. */
  static String firstId(String value) {
    for (int open = value.indexOf('<'); open >= 0; open = value.indexOf('<', open + 1)) {
      int end = open + 1;
      while (end < value.length() && !endsId(value.charAt(end))) {
        end++;
      }
      if (end > open + 1 && end < value.length() && value.charAt(end) == '>') {
        return value.substring(open, end + 1);
      }
    }
    return null;
  }

  /** A character that {@code [^<>\s]} does not take. */
  private static boolean endsId(char c) {
    return c == '<' || c == '>' || c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** The message this one answers: In-Reply-To, else the last of its References. */
  private static String parent(Header header) {
    String inReplyTo = text(header, "In-Reply-To");
    if (inReplyTo != null) {
      Matcher id = ID.matcher(inReplyTo);
      if (id.find()) {
        return id.group();
      }
    }
    String references = text(header, "References");
    String last = null;
    Matcher id = ID.matcher(references == null ? "" : references);
    while (id.find()) {
      last = id.group();
    }
    return last;
  }

  private static List<MailHeader.Mailbox> mailboxes(Header header, String name) {
    List<MailHeader.Mailbox> all = new ArrayList<>();
    for (Field field : header.getFields(name)) {
      for (Mailbox m : LenientAddressParser.DEFAULT.parseAddressList(field.getBody()).flatten()) {
        if (m.getLocalPart() != null && !m.getLocalPart().isBlank()) {
          all.add(new MailHeader.Mailbox(m.getAddress().toLowerCase(Locale.ROOT), m.getName()));
        }
      }
    }
    return all;
  }

  private static Instant date(Header header) {
    Field field = header.getField("Date");
    if (field instanceof DateTimeField d && d.isValidField() && d.getDate() != null) {
      return d.getDate().toInstant();
    }
    return null;
  }

  private static ZoneOffset offset(String date) {
    Matcher m = OFFSET.matcher(date == null ? "" : date);
    if (!m.find()) {
      return ZoneOffset.UTC;
    }
    int hhmm = Integer.parseInt(m.group(1).substring(1));
    int seconds = (hhmm / 100 * 3600 + hhmm % 100 * 60) * (m.group(1).startsWith("-") ? -1 : 1);
    return Math.abs(seconds) <= 18 * 3600 ? ZoneOffset.ofTotalSeconds(seconds) : ZoneOffset.UTC;
  }

  private static boolean automatic(Header header) {
    String precedence = text(header, "Precedence");
    String submitted = text(header, "Auto-Submitted");
    return header.getField("List-Id") != null
        || header.getField("X-Autoreply") != null
        || (precedence != null && AUTOMATIC.matcher(precedence.toLowerCase(Locale.ROOT)).find())
        || (submitted != null && !submitted.equalsIgnoreCase("no"));
  }
}
