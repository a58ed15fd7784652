package needle.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import needle.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unknown name gets the sentence with the best suggestions the ledger has. */
class NearNamesTest {
  @TempDir Path folder;

  @Test
  void anUnknownNameSuggestsThePersonByFirstNameAndNeverAOneLetterName() {
    Ledger ledger = Ledger.open(TestDatabases.sqliteFile(folder));
    ledger.write(
        s -> {
          s.addPerson(Person.named("B"));
          s.addPerson(Person.named("Mary Smith"));
          s.addPerson(Person.named("Marc Jones"));
          s.addPerson(Person.named("Mark Pickering"));
          return null;
        });

    assertThatThrownBy(() -> ledger.read(s -> s.requirePerson("Mark")))
        .isInstanceOf(UnknownPersonException.class)
        .hasMessageStartingWith("unknown person \"Mark\" (did you mean \"Mark Pickering\"");
    assertThatThrownBy(() -> ledger.read(s -> s.requirePerson("Nobody Atall")))
        .hasMessage(
            "unknown person \"Nobody Atall\" (add them first with: needle person add"
                + " \"Nobody Atall\")");
    java.util.Optional<Person> found = ledger.read(s -> s.person("mark pickering"));
    assertThat(found).isPresent();
  }
}
