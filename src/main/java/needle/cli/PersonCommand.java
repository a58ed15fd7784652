package needle.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import needle.NeedleException;
import needle.app.Journal;
import needle.people.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code person add|show|edit|merge|delete}: one person at a time. */
@Command(
    name = "person",
    mixinStandardHelpOptions = true,
    description = "Add, show, edit, merge or delete a person.",
    subcommands = {
      PersonCommand.Add.class,
      PersonShowCommand.class,
      PersonCommand.Edit.class,
      PersonCommand.Merge.class,
      PersonCommand.Delete.class
    })
final class PersonCommand implements Runnable {

  /** The details a person can be given on the command line. */
  static final class Details {
    @Option(names = "--title", description = "Job title; sets the level unless --level is given.")
    String title;

    @Option(names = "--company")
    String company;

    @Option(names = "--email", description = "An e-mail address (repeatable).")
    List<String> emails = new ArrayList<>();

    @Option(names = "--phone", description = "A phone number (repeatable).")
    List<String> phones = new ArrayList<>();

    @Option(names = "--linkedin", paramLabel = "URL")
    String linkedin;

    @Option(names = "--tag", description = "A tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--notes")
    String notes;

    @Option(
        names = "--level",
        description = "Level 0-6, overriding the one derived from the title.")
    Integer level;

    @Option(
        names = "--cadence",
        paramLabel = "DAYS",
        description = "Keep in touch every DAYS days.")
    Integer cadence;

    @Option(names = "--met", paramLabel = "DATE", converter = Converters.Date.class)
    LocalDate firstMet;

    Person applyTo(Person p) {
      if (level != null && (level < 0 || level > 6)) {
        throw new NeedleException("level " + level + " is out of range (expected 0 to 6)");
      }
      if (cadence != null && cadence <= 0) {
        throw new NeedleException("cadence " + cadence + " must be a number of days above 0");
      }
      return new Person(
          p.id(),
          p.name(),
          title != null ? title : p.title(),
          company != null ? company : p.company(),
          union(p.emails(), emails),
          union(p.phones(), phones),
          linkedin != null ? linkedin : p.linkedin(),
          union(p.tags(), tags),
          notes != null ? notes : p.notes(),
          p.sources().isEmpty() ? List.of("cli") : p.sources(),
          level != null ? level : p.levelOverride(),
          cadence != null ? cadence : p.cadenceDays(),
          firstMet != null ? firstMet : p.firstMet());
    }

    private static List<String> union(List<String> a, List<String> b) {
      List<String> all = new ArrayList<>(a);
      b.stream().map(String::trim).filter(x -> !all.contains(x)).forEach(all::add);
      return all;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a person.")
  static final class Add extends LedgerCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @picocli.CommandLine.Mixin Details details = new Details();

    Add(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      Person added = Journal.addPerson(app.scope(), details.applyTo(Person.named(name.trim())));
      out().println("Added " + added.name() + " (level " + added.level().rank() + ").");
      return 0;
    }
  }

  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = "Change a person's details.")
  static final class Edit extends LedgerCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--name", paramLabel = "NEW_NAME", description = "Rename the person.")
    String newName;

    @Option(names = "--remove-email", paramLabel = "EMAIL")
    List<String> removeEmails = new ArrayList<>();

    @picocli.CommandLine.Mixin Details details = new Details();

    Edit(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      Person saved =
          Journal.edit(
              app.scope(),
              name,
              person -> {
                Person p = details.applyTo(person);
                List<String> emails = new ArrayList<>(p.emails());
                emails.removeIf(e -> removeEmails.stream().anyMatch(r -> r.equalsIgnoreCase(e)));
                return renamed(p, newName).withEmails(emails);
              });
      out().println("Updated " + saved.name() + ".");
      return 0;
    }

    private static Person renamed(Person p, String newName) {
      if (newName == null || newName.isBlank()) {
        return p;
      }
      return p.toBuilder().name(newName.trim()).build();
    }
  }

  @Command(
      name = "merge",
      mixinStandardHelpOptions = true,
      description = "Fold person B into person A: B's entries, e-mails and details move to A.")
  static final class Merge extends LedgerCommand {
    @Parameters(index = "0", paramLabel = "A")
    String keep;

    @Parameters(index = "1", paramLabel = "B")
    String gone;

    Merge(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      Person merged = Journal.merge(app.scope(), keep, gone);
      out().println("Merged " + gone + " into " + merged.name() + ".");
      return 0;
    }
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = "Delete a person and everything logged for them (needle undo takes it back).")
  static final class Delete extends LedgerCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    Delete(App app) {
      super(app);
    }

    @Override
    public Integer call() {
      Person gone = Journal.deletePerson(app.scope(), Journal.Who.named(name));
      out()
          .println(
              "Deleted "
                  + gone.name()
                  + " and everything logged for them. (needle undo takes it back)");
      return 0;
    }
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
