package needle;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import needle.imports.ImportFeed;
import needle.imports.ImportSink;
import needle.imports.ImportWriter;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("needle");

  @Test
  void domainPackagesStayFreeOfInfrastructure() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "needle.people..", "needle.ledger..", "needle.asks..", "needle.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "needle.storage..",
            "needle.cli..",
            "needle.web..",
            "needle.imports..",
            "needle.exports..",
            "org.jdbi..",
            "org.flywaydb..",
            "picocli..",
            "io.javalin..",
            "java.sql..",
            "com.fasterxml.jackson..")
        .because("the domain and its scoring must stay pure: no storage, CLI or web types")
        .check(MAIN);
  }

  @Test
  void theAskCoachTakesPlainFactsNotScores() {
    noClasses()
        .that()
        .resideInAPackage("needle.asks..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("needle.scoring..")
        .because("the ask coach drafts and hints from plain facts, so scoring can change freely")
        .check(MAIN);
  }

  @Test
  void theWebAppStandsOnItsOwnBesideTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("needle.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("needle.cli..")
        .because("serve and demo start the web app; the web app must not reach back into the CLI")
        .check(MAIN);
  }

  @Test
  void onlyTheCommandLinePrintsToTheConsole() {
    noClasses()
        .that()
        .resideOutsideOfPackage("needle.cli..")
        .should()
        .accessField(System.class, "out")
        .because(
            "output to a person goes through the CLI's writers so it can be captured and tested")
        .check(MAIN);
  }

  @Test
  void jdbiIsUsedOnlyInsideStorage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("needle.storage..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jdbi..")
        .because("SQL and its mapping live in storage; everything else asks storage for records")
        .check(MAIN);
  }

  @Test
  void theDoorsGoThroughTheApplicationLayer() {
    noClasses()
        .that()
        .resideInAnyPackage("needle.cli..", "needle.web..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("needle.storage.LedgerSession")
        .because(
            "the command line, the pages and the API call one use case each in needle.app,"
                + " so a rule such as last contact or follow-up is written once")
        .check(MAIN);
  }

  /** What a door may name of storage: the ledger, where it lives, and the error of opening it. */
  private static final DescribedPredicate<JavaClass> STORAGE_BEYOND_OPENING_A_LEDGER =
      resideInAPackage("needle.storage..")
          .and(
              not(
                  belongToAnyOf(
                      needle.storage.Ledger.class,
                      needle.storage.Location.class,
                      needle.storage.StorageException.class)))
          .as("are in storage beyond Ledger, Location and StorageException");

  @Test
  void theDoorsTouchStorageOnlyToNameAndOpenALedger() {
    noClasses()
        .that()
        .resideInAnyPackage("needle.cli..", "needle.web..")
        .should()
        .dependOnClassesThat(STORAGE_BEYOND_OPENING_A_LEDGER)
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(ImportWriter.class, ImportFeed.class, ImportSink.class)
        .because(
            "a door parses its input, calls one use case in needle.app and renders the result:"
                + " imports, backups, accounts and logins are written once there, so the"
                + " command line and the web keep the same promises")
        .check(MAIN);
  }

  @Test
  void packagesHaveNoCycles() {
    slices()
        .matching("needle.(**)")
        .should()
        .beFreeOfCycles()
        .because("each package builds on the ones below it, never back")
        .check(MAIN);
  }
}
