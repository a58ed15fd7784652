package needle.cli;

import picocli.CommandLine.Command;

/** {@code import ics FILE…}: meeting time from iCalendar files. */
@Command(
    name = "ics",
    mixinStandardHelpOptions = true,
    description = {
      "Import iCalendar (.ics) files: each meeting gives its real minutes (across time zones and"
          + " DST) to the other people who attended, matched by e-mail; unknown people are"
          + " created from their CN.",
      "Recurring events are expanded up to --as-of (default today), with their exceptions and"
          + " moved or cancelled instances. Cancelled events, events you declined, all-day events"
          + " and events with no one else are skipped and counted in the summary.",
      "A group meeting's minutes are split among the others; meetings with more than the"
          + " configured number of others (10) are ignored.",
      "--me EMAIL says which attendee is you (repeatable). Without it, you are the one address"
          + " named in every event, else the one organizer of every event; failing both, everyone"
          + " named counts as someone you met."
    })
final class ImportIcsCommand extends ImportCommand.Files {
  ImportIcsCommand(App app) {
    super(app, "ics");
  }
}
