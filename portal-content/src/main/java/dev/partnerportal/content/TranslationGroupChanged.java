package dev.partnerportal.content;

/** An item joined or left a translation group, so search must collapse it with other items than before. */
public record TranslationGroupChanged(ContentItemId itemId) {
}
