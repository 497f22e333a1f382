package dev.abkit.reference.collator;

/** A message a block may send or receive, named for the case, with its size in bytes. */
public record Message(String name, long bytes) {
    public Message {
        if (name == null || name.isBlank() || bytes < 0) {
            throw new IllegalArgumentException("a message needs a name and a non-negative size but was '" + name
                    + "', " + bytes + " bytes");
        }
    }
}
