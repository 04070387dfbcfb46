package dev.partnerportal.content;

/** Typed identifier of a content item. */
public record ContentItemId(long value) implements java.io.Serializable {

    public static ContentItemId of(long value) {
        return new ContentItemId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
