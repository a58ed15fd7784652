package needle.people.dupes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import needle.people.Person;
import needle.people.PersonId;
import needle.people.dupes.Suggestion.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DupeFinderTest {
  private final List<Person> people = new ArrayList<>();

  private Person add(String name, String... emails) {
    Person p =
        Person.named(name)
            .withId(new PersonId(people.size() + 1))
            .withEmails(Arrays.asList(emails));
    people.add(p);
    return p;
  }

  private List<Suggestion> found() {
    return DupeFinder.find(people, p -> 0);
  }

  private List<Suggestion> found(Map<String, Double> history) {
    return DupeFinder.find(people, p -> history.getOrDefault(p.name(), 0.0));
  }

  /** Each suggestion as "kept = folded (rule)". */
  private List<String> pairs() {
    return found().stream()
        .map(s -> s.keep().name() + " = " + s.gone().name() + " (" + s.rule().label() + ")")
        .toList();
  }

  @Test
  void theSameLinkedinProfileHoweverWrittenIsOnePerson() {
    people.add(
        Person.named("Ada Lovelace").withId(new PersonId(1)).toBuilder()
            .linkedin("https://www.linkedin.com/in/ada-l/")
            .build());
    people.add(
        Person.named("Augusta King").withId(new PersonId(2)).toBuilder()
            .linkedin("uk.linkedin.com/in/ada-l?trk=x")
            .build());

    List<Suggestion> found = found();

    assertThat(found).singleElement().satisfies(s -> assertThat(s.rule()).isEqualTo(Rule.LINKEDIN));
    assertThat(found.get(0).reason()).contains("LinkedIn profile");
  }

  @Test
  void theSameLocalPartAtRelatedDomainsIsOnePerson() {
    add("Sally Beck", "sally.beck@enron.com");
    add("S Beck", "sally.beck@ect.enron.com");
    add("sally.beck@enron.net", "sally.beck@enron.net");

    assertThat(pairs())
        .contains(
            "Sally Beck = S Beck (address)",
            "Sally Beck = sally.beck@enron.net (address)",
            "S Beck = sally.beck@enron.net (address)");
    assertThat(found())
        .anySatisfy(
            s ->
                assertThat(s.reason())
                    .startsWith(
                        "The addresses sally.beck@enron.com and sally.beck@ect.enron.com have the"
                            + " same local part at related domains (enron.com, ect.enron.com)."));
  }

  @Test
  void domainsOneLetterApartAreRelatedButAChangedLetterIsNot() {
    add("Ann Oakley", "ann.oakley@ubs.com");
    add("A. Oakley", "ann.oakley@ubsw.com");
    add("Anna Okley", "a.okley@ibm.com");
    add("Ann Okley", "a.okley@ibn.com");

    assertThat(pairs()).containsExactly("Ann Oakley = A. Oakley (address)");
  }

  @Test
  void theSameLocalPartIsNotEnoughWhenTheNamesDisagree() {
    add("Jane Miller", "jmiller@enron.com");
    add("John Miller", "j.miller@ect.enron.com");
    add("info@acme.com", "info@acme.com");
    add("Sales Desk", "info@acme.co.uk");

    assertThat(found()).isEmpty();
  }

  @Test
  void anAddressAsNameNextToTheNamedPersonIsOnePersonAndTheNameIsKept() {
    add("anne.koehler@enron.com", "anne.koehler@enron.com");
    add("Anne C. Koehler", "c..koehler@enron.com");

    List<Suggestion> found = found();

    assertThat(found).hasSize(1);
    Suggestion s = found.get(0);
    assertThat(s.keep().name()).isEqualTo("Anne C. Koehler");
    assertThat(s.gone().name()).isEqualTo("anne.koehler@enron.com");
    assertThat(s.rule()).isEqualTo(Rule.ADDRESS_AS_NAME);
    assertThat(s.reason())
        .isEqualTo(
            "The name anne.koehler@enron.com is an e-mail address that reads as Anne Koehler,"
                + " which fits Anne C. Koehler: the same first and last name; only one gives a"
                + " middle initial.");
  }

  @Test
  void anAddressWrittenLastNameFirstReadsTheOtherWayRound() {
    add("Jonathan Whitehead", "jonathan.whitehead@enron.com");
    add("whitehead_jonathan@yahoo.com", "whitehead_jonathan@yahoo.com");

    assertThat(pairs())
        .containsExactly("Jonathan Whitehead = whitehead_jonathan@yahoo.com (address-as-name)");
  }

  @ParameterizedTest
  @CsvSource({
    "Frank W. Vickers, Frank Vickers",
    "Michael J Miller, Mike J. Miller",
    "Robert Hall, Bob Hall",
    "Christopher Calger, Chris Calger",
    "Phillip Allen, Philip Allen",
    "Geoffery Storey, Geoff Storey",
    "Lawrence Greg Whalley, Greg Whalley",
    "Ted Bland Jr., Ted Bland",
    "Anne Koehler, A. Koehler",
    "Anne C Koehler, 'Koehler, Anne'",
  })
  void namesThatAgreeAreOnePerson(String keep, String gone) {
    // gone goes in first, so that the keep is not the older one by chance
    add(gone);
    add(keep);

    assertThat(found())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.keep().name()).isEqualTo(keep);
              assertThat(s.gone().name()).isEqualTo(gone);
              assertThat(s.rule()).isEqualTo(Rule.NAME);
            });
  }

  @ParameterizedTest
  @CsvSource({
    "Bob M Hall, Robert L. Hall Jr.",
    "Billy Lemmons Jr., Billy Lemmons Sr.",
    "Eric Bass, Erica Bass",
    "Maria Lopez, Marie Lopez",
    "Derek Davies, Neil Davies",
    "Jason Williams, Jaime Williams",
    "Greg Piper, Greg Whiting",
    "John Hodge, Jeffrey T. Hodge",
    "Georganne Hodges, Jeffrey T. Hodge",
  })
  void namesThatLookAlikeButDisagreeAreTwoPeople(String a, String b) {
    add(a);
    add(b);

    assertThat(found()).isEmpty();
  }

  @Test
  void anInitialIsOnePersonOnlyWhenItFitsOneName() {
    add("A. Koehler");
    add("Anne Koehler");
    assertThat(pairs()).containsExactly("Anne Koehler = A. Koehler (name)");
    assertThat(found().get(0).reason()).endsWith("No one else in the ledger fits.");

    add("Alan Koehler");
    assertThat(found()).isEmpty();
  }

  @Test
  void aMiddleInitialWithoutAFirstNameFitsTheOnlyOneWithThatLastName() {
    add("w..delainey@enron.com", "w..delainey@enron.com");
    add("David Delainey", "david.delainey@enron.com");

    assertThat(pairs()).containsExactly("David Delainey = w..delainey@enron.com (address-as-name)");
    assertThat(found().get(0).reason())
        .startsWith(
            "The name w..delainey@enron.com is an e-mail address that gives only a middle initial"
                + " (W.) and a last name (Delainey)");
  }

  @Test
  void aHandleFitsTheOneNameItIsRunTogetherFrom() {
    add("Savita Puthigai", "savita.puthigai@enron.com");
    add("sputhigai@yahoo.com", "sputhigai@yahoo.com");
    add("John Lavorato", "john.lavorato@enron.com");
    add("lavorato@enron.com", "lavorato@enron.com");
    add("Greg Whalley", "greg.whalley@enron.com");
    add("NOTES:gregwhalley", "8777865122@skytel.com");

    assertThat(pairs())
        .containsExactlyInAnyOrder(
            "Greg Whalley = NOTES:gregwhalley (address-as-name)",
            "John Lavorato = lavorato@enron.com (address-as-name)",
            "Savita Puthigai = sputhigai@yahoo.com (address-as-name)");
    assertThat(found())
        .anySatisfy(
            s ->
                assertThat(s.reason())
                    .isEqualTo(
                        "The address sputhigai@yahoo.com reads as an initial and a last name run"
                            + " together (s + puthigai), and Savita Puthigai is the only person it"
                            + " fits."));
  }

  @Test
  void aLastNameAloneFitsNoOneWhenTwoDifferentPeopleHaveIt() {
    add("John Smith", "john.smith@acme.com");
    add("Mary Smith", "mary.smith@acme.com");
    add("smith@enron.com", "smith@enron.com");
    add("info@enron.com", "info@enron.com");

    assertThat(found()).isEmpty();
  }

  @Test
  void twoAddressesThatReadAsOneNameAreOnePerson() {
    add("caroline.'harper@enron.com", "caroline.'harper@enron.com");
    add("caroline.harper@amerada.co.uk", "caroline.harper@amerada.co.uk");
    add("james.steffes@enron.com", "james.steffes@enron.com");
    add("jim.steffes@enron.com", "jim.steffes@enron.com");

    assertThat(pairs())
        .containsExactlyInAnyOrder(
            "caroline.harper@amerada.co.uk = caroline.'harper@enron.com (address-as-name)",
            "james.steffes@enron.com = jim.steffes@enron.com (address-as-name)");
  }

  @Test
  void aMergeKeepsTheRealNameThenTheFullerNameThenMoreDetailsThenMoreHistory() {
    add("mike.grigsby@enron.com", "mike.grigsby@enron.com");
    add("Mike Grigsby", "m.grigsby@enron.com");
    assertThat(found())
        .singleElement()
        .satisfies(s -> assertThat(s.keep().name()).isEqualTo("Mike Grigsby"));

    people.clear();
    add("Mark Haedicke");
    add("Mark E. Haedicke");
    assertThat(found())
        .singleElement()
        .satisfies(s -> assertThat(s.keep().name()).isEqualTo("Mark E. Haedicke"));

    people.clear();
    add("Stephen Stock");
    people.add(Person.named("Steve Stock").withId(new PersonId(2)).withTitle("Trader"));
    assertThat(found())
        .singleElement()
        .satisfies(s -> assertThat(s.keep().name()).isEqualTo("Steve Stock"));

    people.clear();
    add("Stephen Stock");
    add("Steve Stock");
    assertThat(found(Map.of("Steve Stock", 3.0)))
        .singleElement()
        .satisfies(s -> assertThat(s.keep().name()).isEqualTo("Steve Stock"));
    assertThat(found(Map.of("Stephen Stock", 3.0)))
        .singleElement()
        .satisfies(s -> assertThat(s.keep().name()).isEqualTo("Stephen Stock"));
  }

  @Test
  void eachPairIsSuggestedOnceWithTheStrongestRuleFirst() {
    add("Michael J Miller", "j.miller@enron.com");
    add("Mike J. Miller", "j..miller@enron.com");

    List<Suggestion> found = found();

    assertThat(found).hasSize(1);
    assertThat(found.get(0).rule()).isEqualTo(Rule.ADDRESS);
    assertThat(found.get(0).reason())
        .contains("same local part (punctuation aside) at the same domain")
        .contains("Michael and Mike are forms of one name; both give the middle initial J.");
  }
}
