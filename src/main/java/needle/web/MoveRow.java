package needle.web;

/** One of today's moves, with the id of the person's page to link to (null if unknown). */
public record MoveRow(String move, String name, Long personId, String why, Long askId) {}
