package needle.cli;

import picocli.CommandLine.Command;

/**
 * {@code import mbox FILE…}: time from the e-mail I sent, and reply rates, from mbox or maildir.
 */
@Command(
    name = "mbox",
    mixinStandardHelpOptions = true,
    description = {
      "Import e-mail from mbox files or maildir folders (cur/ and new/), reading headers only.",
      "Each message you sent counts 5 minutes, split across its To recipients (Cc and Bcc get"
          + " none); a message to more than 10 people is a broadcast and counts nothing."
          + " No-reply, list and robot addresses are skipped. The subject, cut to 60 characters,"
          + " is the note. A Message-ID counts once, whichever file or import it comes from.",
      "Replies to your messages (by In-Reply-To or References; without them, a \"Re:\" with the"
          + " same subject within 30 days) give each person a reply rate and a median reply time,"
          + " shown by person show; import your sent and your received mail, in any order.",
      "Without --me, you are taken to be the address found in the most messages (as sender or"
          + " To recipient): the owner of a sent folder or of an inbox; the guess is printed."
    })
final class ImportMboxCommand extends ImportCommand.Files {
  ImportMboxCommand(App app) {
    super(app, "mbox");
  }
}
