package dev.partnerportal.content;

import dev.partnerportal.shared.RuleViolation;

/** The item does not exist, or the caller may not know that it does. */
public class ContentNotFoundException extends RuleViolation {

    public ContentNotFoundException(ContentItemId id) {
        super(ContentError.NOT_FOUND, id.value());
    }
}
