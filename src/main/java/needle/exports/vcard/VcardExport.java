package needle.exports.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Categories;
import ezvcard.property.Organization;
import java.util.List;
import needle.people.Person;

/** Writes people as vCard 4.0, one card each, for any address book. */
public final class VcardExport {
  private VcardExport() {}

  public static String write(List<Person> people) {
    List<VCard> cards = people.stream().map(VcardExport::card).toList();
    return Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
  }

  private static VCard card(Person p) {
    VCard card = new VCard();
    card.setFormattedName(p.name());
    if (p.title() != null) {
      card.addTitle(p.title());
    }
    if (p.company() != null) {
      Organization org = new Organization();
      org.getValues().add(p.company());
      card.setOrganization(org);
    }
    p.emails().forEach(card::addEmail);
    p.phones().forEach(card::addTelephoneNumber);
    if (p.linkedin() != null) {
      card.addUrl(p.linkedin());
    }
    if (!p.tags().isEmpty()) {
      Categories categories = new Categories();
      categories.getValues().addAll(p.tags());
      card.setCategories(categories);
    }
    if (p.notes() != null) {
      card.addNote(p.notes());
    }
    return card;
  }
}
