package needle.scoring;

/** One of today's next moves: what to do, with whom, and why (with figures). */
public record Move(String move, String name, String why, Long askId) {}
