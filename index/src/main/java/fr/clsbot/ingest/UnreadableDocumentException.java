package fr.clsbot.ingest;

/** A document that could not be read, with why, in words for the person who gave it. */
public final class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
