package needle.scoring;

import needle.Labelled;

/** The eight classes of a relationship, in the order their rules are tried. */
public enum RelationshipClass implements Labelled {
  NEW,
  DRIFTING,
  ONE_SIDED,
  STATUS_BASED,
  SECRETIVE,
  SOCIAL,
  STRONG,
  DEVELOPING;

  @Override
  public String label() {
    return Labelled.labelOf(this);
  }
}
