package needle.asks.mail;

import java.util.regex.Pattern;

/**
 * What the writer of a message wrote in it: its text up to the first quoted or forwarded part (an
 * "-----Original Message-----" line, a "Forwarded by" line, a mail client's "From: … Sent:" or
 * Lotus Notes' "Name@Domain on 05/01/2001" header block, "On … wrote:"), without lines quoted with
 * {@code >} and without a signature after "-- ".
 */
public final class OwnText {
  /** A line that starts what someone else wrote. */
  private static final Pattern QUOTE_START =
      Pattern.compile(
          "(?im)^[ \\t>]*("
              + "-{2,}\\s*(original message|forwarded by|forwarded message|reply separator)"
              + "|_{5,}\\s*$"
              + "|-{5,}\\s*$"
              + "|(from|sent|to|cc|date|subject)\\s*:.*\\R\\s*(sent|to|cc|date|subject|from)\\s*:"
              + "|on .{4,120}\\bwrote\\s*:"
              + "|.{1,120}\\s(on|at)\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d\\d"
              + "|\\S+@\\S+\\s+on\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}"
              + "|begin forwarded message"
              + "|={5,}"
              + ")");

  private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*>.*$\\R?");
  private static final Pattern SIGNATURE = Pattern.compile("(?m)^-- ?$");

  private OwnText() {}

  /** The writer's own part of {@code body} (a message's decoded text), possibly empty. */
  public static String of(String body) {
    if (body == null) {
      return "";
    }
    String text = body.replace("\r\n", "\n").replace('\r', '\n');
    var quote = QUOTE_START.matcher(text);
    if (quote.find()) {
      text = text.substring(0, quote.start());
    }
    var signature = SIGNATURE.matcher(text);
    if (signature.find()) {
      text = text.substring(0, signature.start());
    }
    return QUOTED_LINE.matcher(text).replaceAll("").strip();
  }
}
