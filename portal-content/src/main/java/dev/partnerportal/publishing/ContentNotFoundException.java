package dev.partnerportal.publishing;

/** The item does not exist, or the caller may not know that it does. */
public class ContentNotFoundException extends RuntimeException {

    public ContentNotFoundException(ContentItemId id) {
        super("No content item " + id + ".");
    }
}
