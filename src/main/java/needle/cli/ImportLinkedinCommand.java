package needle.cli;

import picocli.CommandLine.Command;

/** {@code import linkedin FILE…}: Connections.csv, messages.csv or Invitations.csv. */
@Command(
    name = "linkedin",
    mixinStandardHelpOptions = true,
    description = {
      "Import files of LinkedIn's data export, told apart by their header: Connections.csv"
          + " (Connected On becomes the date first met), messages.csv (each message you sent"
          + " counts 5 minutes split across its recipients) and Invitations.csv (people are"
          + " tagged invited-me or invited-by-me).",
      "For messages.csv you are found from the data; if it cannot tell, give --me with your"
          + " name as LinkedIn shows it or your profile URL."
    })
final class ImportLinkedinCommand extends ImportCommand.Files {
  ImportLinkedinCommand(App app) {
    super(app, "linkedin");
  }
}
