package needle.web;

import needle.app.Undo;

/**
 * A page's confirmation of the change it was sent with ({@code ?done=ID}): what it was, whether it
 * is still the latest (so that it can be undone from here), and the page to come back to.
 */
public record Done(Undo.Change change, boolean undoable, String back) {}
