package needle.imports.linkedin;

import java.time.LocalDate;
import java.util.List;

/** One row of LinkedIn's messages.csv. */
record Message(
    long line,
    String conversation,
    Participant from,
    List<Participant> to,
    LocalDate on,
    String sentAt,
    String subject,
    String content,
    String folder,
    boolean draft) {}
