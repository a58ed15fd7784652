package needle.imports;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import needle.imports.PeopleIndex.Slot;
import needle.people.Person;
import needle.storage.LedgerSession;

/**
 * Gives a person an import created under their e-mail address the name the file told later, as if
 * the name had been known from the start: they take it, or join whoever already has it.
 */
final class Renaming {
  private final LedgerSession session;
  private final PeopleIndex index;
  private final Map<Contact, Slot> resolved;
  private final Set<Slot> created;
  private final Set<Slot> updated;

  Renaming(
      LedgerSession session,
      PeopleIndex index,
      Map<Contact, Slot> resolved,
      Set<Slot> created,
      Set<Slot> updated) {
    this.session = session;
    this.index = index;
    this.resolved = resolved;
    this.created = created;
    this.updated = updated;
  }

  /** {@code slot} is saved; its person is called {@code name} from now on. */
  void rename(Slot slot, String name) {
    Optional<Slot> namesake = index.byName(name).filter(other -> other != slot);
    if (namesake.isPresent()) {
      join(slot, namesake.get());
      return;
    }
    Person renamed = slot.person().toBuilder().name(name).build();
    session.updatePeople(java.util.List.of(renamed));
    index.change(slot, renamed);
  }

  /** Had the name been known, the file's contact would have been matched to {@code keep}. */
  private void join(Slot gone, Slot keep) {
    Person merged = session.merge(keep.person(), gone.person());
    index.merged(gone, keep, merged);
    resolved.replaceAll((contact, slot) -> slot == gone ? keep : slot);
    created.remove(gone);
    if (!created.contains(keep)) {
      updated.add(keep);
    }
    updated.remove(gone);
  }
}
