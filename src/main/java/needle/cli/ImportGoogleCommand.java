package needle.cli;

import picocli.CommandLine.Command;

/** {@code import google FILE…}: Google Contacts CSV exports. */
@Command(
    name = "google",
    mixinStandardHelpOptions = true,
    description =
        "Import a Google Contacts CSV export (the older \"Name, Given Name…\" header or the newer"
            + " \"First Name, Middle Name…\" one): name, title, company, e-mails, phones, LinkedIn"
            + " website and labels as tags.")
final class ImportGoogleCommand extends ImportCommand.Files {
  ImportGoogleCommand(App app) {
    super(app, "google");
  }
}
