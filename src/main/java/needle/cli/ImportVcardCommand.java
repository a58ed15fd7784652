package needle.cli;

import picocli.CommandLine.Command;

/** {@code import vcard FILE…}: address-book exports, any number of cards per file. */
@Command(
    name = "vcard",
    mixinStandardHelpOptions = true,
    description =
        "Import vCard files (2.1, 3.0 or 4.0, any number of cards per file): name, title,"
            + " company, e-mails, phones, LinkedIn URL, categories as tags and notes.")
final class ImportVcardCommand extends ImportCommand.Files {
  ImportVcardCommand(App app) {
    super(app, "vcard");
  }
}
