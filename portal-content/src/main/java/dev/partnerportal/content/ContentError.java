package dev.partnerportal.content;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;
import org.jspecify.annotations.Nullable;

/**
 * The ways a content request can be refused. Workflow refusals keep their published problem types
 * ({@code workflow-own-change}, ...), attachment refusals {@code upload-rejected}, edit conflicts {@code conflict}.
 * The codes keep their published {@code publishing.} prefix from before the package was named content: API
 * clients match on them and the translation keys are {@code error.publishing.*}.
 */
public enum ContentError implements ErrorCode {
    /** Arguments: the item id. */
    NOT_FOUND("publishing.not-found", ErrorKind.NOT_FOUND, null),
    /** Arguments: the revision number. */
    REVISION_NOT_FOUND("publishing.revision-not-found", ErrorKind.NOT_FOUND, null),
    OWN_CHANGE("publishing.own-change", ErrorKind.CONFLICT, "workflow-own-change"),
    EXPIRED("publishing.expired", ErrorKind.CONFLICT, "workflow-expired"),
    /** Arguments: the step (submit, approve, ...), the item's status. */
    WRONG_STATE("publishing.wrong-state", ErrorKind.CONFLICT, "workflow-wrong-state"),
    /** Arguments: who saved, the revision they saved, when. */
    CHANGED_SINCE_OPENED("publishing.changed-since-opened", ErrorKind.CONFLICT, "conflict"),
    CHANGED_CONCURRENTLY("publishing.changed-concurrently", ErrorKind.CONFLICT, "conflict"),
    /** Arguments: the field. */
    FIELD_REQUIRED("publishing.field-required", ErrorKind.INVALID, null),
    /** Arguments: the field, the maximum length. */
    FIELD_TOO_LONG("publishing.field-too-long", ErrorKind.INVALID, null),
    /** Arguments: the field. */
    FIELD_CONTROL_CHARACTERS("publishing.field-control-characters", ErrorKind.INVALID, null),
    SLUG_FORMAT("publishing.slug-format", ErrorKind.INVALID, null),
    /** An update names no version to check against. */
    VERSION_REQUIRED("publishing.version-required", ErrorKind.INVALID, null),
    /** Arguments: the slug. */
    SLUG_TAKEN("publishing.slug-taken", ErrorKind.INVALID, null),
    LANGUAGE_TAG("publishing.language-tag", ErrorKind.INVALID, null),
    EXPIRY_BEFORE_PUBLISH("publishing.expiry-before-publish", ErrorKind.INVALID, null),
    /** Arguments: the section, the maximum length. */
    SECTION_TOO_LONG("publishing.section-too-long", ErrorKind.INVALID, null),
    /** Arguments: the term, the maximum length. */
    TERM_INVALID("publishing.term-invalid", ErrorKind.INVALID, null),
    /** Arguments: the term. */
    TERM_EXISTS("publishing.term-exists", ErrorKind.CONFLICT, null),
    /** Arguments: how many items use it, the term. */
    TERM_IN_USE("publishing.term-in-use", ErrorKind.CONFLICT, null),
    /** Arguments: the taxonomy (industry, product, region), the value, the known values. */
    UNKNOWN_TERM("publishing.unknown-term", ErrorKind.INVALID, null),
    /** Arguments: the tier, the known tiers. */
    UNKNOWN_TIER("publishing.unknown-tier", ErrorKind.INVALID, null),
    TRANSLATION_SAME_LANGUAGE("publishing.translation-same-language", ErrorKind.INVALID, null),
    /** Arguments: the maximum length. */
    COMMENT_TOO_LONG("publishing.comment-too-long", ErrorKind.INVALID, null),
    /** Arguments: the maximum length. */
    ATTACHMENT_NAME_LENGTH("publishing.attachment-name-length", ErrorKind.INVALID, "upload-rejected"),
    /** Arguments: the file name. */
    ATTACHMENT_NAME_PATH("publishing.attachment-name-path", ErrorKind.INVALID, "upload-rejected"),
    /** Arguments: the file name. */
    ATTACHMENT_NAME_CONTROL("publishing.attachment-name-control", ErrorKind.INVALID, "upload-rejected"),
    /** Arguments: the file name, the detected media type. */
    ATTACHMENT_TYPE("publishing.attachment-type", ErrorKind.INVALID, "upload-rejected"),
    /** Arguments: the limit in MB. */
    ATTACHMENT_TOO_LARGE("publishing.attachment-too-large", ErrorKind.INVALID, "upload-rejected"),
    ATTACHMENT_EMPTY("publishing.attachment-empty", ErrorKind.INVALID, "upload-rejected"),
    /** Arguments: the file name. */
    ATTACHMENT_UNREADABLE("publishing.attachment-unreadable", ErrorKind.INVALID, "upload-rejected"),
    /** Arguments: the attachment id. Published as a rejected upload (400) before codes existed. */
    ATTACHMENT_NOT_FOUND("publishing.attachment-not-found", ErrorKind.INVALID, "upload-rejected"),
    /** Arguments: the slug. */
    BUNDLE_DUPLICATE_SLUG("publishing.bundle-duplicate-slug", ErrorKind.INVALID, null),
    /** Arguments: the limit in MB. */
    BUNDLE_TOO_LARGE("publishing.bundle-too-large", ErrorKind.INVALID, null),
    BUNDLE_EMPTY("publishing.bundle-empty", ErrorKind.INVALID, null),
    /** Arguments: the most files. */
    BUNDLE_TOO_MANY_FILES("publishing.bundle-too-many-files", ErrorKind.INVALID, null),
    BUNDLE_NOT_MARKDOWN("publishing.bundle-not-markdown", ErrorKind.INVALID, null),
    /** Arguments: the limit in KB. */
    BUNDLE_FILE_TOO_LARGE("publishing.bundle-file-too-large", ErrorKind.INVALID, null),
    BUNDLE_NOT_A_ZIP("publishing.bundle-not-a-zip", ErrorKind.INVALID, null),
    BUNDLE_NOT_UTF8("publishing.bundle-not-utf8", ErrorKind.INVALID, null),
    DOCUMENT_NO_FRONT_MATTER("publishing.document-no-front-matter", ErrorKind.INVALID, null),
    DOCUMENT_UNCLOSED_FRONT_MATTER("publishing.document-unclosed-front-matter", ErrorKind.INVALID, null),
    DOCUMENT_INVALID_YAML("publishing.document-invalid-yaml", ErrorKind.INVALID, null),
    DOCUMENT_NOT_A_MAPPING("publishing.document-not-a-mapping", ErrorKind.INVALID, null),
    /** Arguments: the known types. */
    DOCUMENT_TYPE("publishing.document-type", ErrorKind.INVALID, null),
    DOCUMENT_CHEAT_SHEET("publishing.document-cheat-sheet", ErrorKind.INVALID, null),
    /** Arguments: the field. */
    DOCUMENT_SINGLE_VALUE("publishing.document-single-value", ErrorKind.INVALID, null),
    /** Arguments: the field. */
    DOCUMENT_LIST("publishing.document-list", ErrorKind.INVALID, null),
    /** Arguments: the field. */
    DOCUMENT_DATE("publishing.document-date", ErrorKind.INVALID, null),
    /** Arguments: the field. */
    DOCUMENT_TIME("publishing.document-time", ErrorKind.INVALID, null);

    private final String code;
    private final ErrorKind kind;
    private final String problemType;

    ContentError(String code, ErrorKind kind, @Nullable String problemType) {
        this.code = code;
        this.kind = kind;
        this.problemType = problemType != null ? problemType : kind.problemType();
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    @Override
    public String problemType() {
        return problemType;
    }
}
