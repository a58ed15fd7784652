package needle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
}
