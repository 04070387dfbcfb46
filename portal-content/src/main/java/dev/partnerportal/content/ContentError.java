package dev.partnerportal.content;

import dev.partnerportal.shared.ErrorCode;

/**
 * The ways a content request can be refused. Workflow refusals keep their published problem types
 * ({@code workflow-own-change}, ...), attachment refusals {@code upload-rejected}, edit conflicts {@code conflict}.
 * The codes keep their published {@code publishing.} prefix from before the package was named content: API
 * clients match on them and the translation keys are {@code error.publishing.*}.
 */
public final class ContentError {

    /** Arguments: the item id. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("publishing.not-found");
    /** Arguments: the revision number. */
    public static final ErrorCode REVISION_NOT_FOUND = ErrorCode.notFound("publishing.revision-not-found");
    public static final ErrorCode OWN_CHANGE = ErrorCode.conflict("publishing.own-change").publishedAs("workflow-own-change");
    public static final ErrorCode EXPIRED = ErrorCode.conflict("publishing.expired").publishedAs("workflow-expired");
    /** Arguments: the step (submit, approve, ...), the item's status. */
    public static final ErrorCode WRONG_STATE = ErrorCode.conflict("publishing.wrong-state").publishedAs("workflow-wrong-state");
    /** Arguments: who saved, the revision they saved, when. */
    public static final ErrorCode CHANGED_SINCE_OPENED = ErrorCode.conflict("publishing.changed-since-opened").publishedAs("conflict");
    public static final ErrorCode CHANGED_CONCURRENTLY = ErrorCode.conflict("publishing.changed-concurrently").publishedAs("conflict");
    /** Arguments: the field. */
    public static final ErrorCode FIELD_REQUIRED = ErrorCode.invalid("publishing.field-required");
    /** Arguments: the field, the maximum length. */
    public static final ErrorCode FIELD_TOO_LONG = ErrorCode.invalid("publishing.field-too-long");
    /** Arguments: the field. */
    public static final ErrorCode FIELD_CONTROL_CHARACTERS = ErrorCode.invalid("publishing.field-control-characters");
    public static final ErrorCode SLUG_FORMAT = ErrorCode.invalid("publishing.slug-format");
    /** An update names no version to check against. */
    public static final ErrorCode VERSION_REQUIRED = ErrorCode.invalid("publishing.version-required");
    /** Arguments: the slug. */
    public static final ErrorCode SLUG_TAKEN = ErrorCode.invalid("publishing.slug-taken");
    public static final ErrorCode LANGUAGE_TAG = ErrorCode.invalid("publishing.language-tag");
    public static final ErrorCode EXPIRY_BEFORE_PUBLISH = ErrorCode.invalid("publishing.expiry-before-publish");
    /** Arguments: the section, the maximum length. */
    public static final ErrorCode SECTION_TOO_LONG = ErrorCode.invalid("publishing.section-too-long");
    /** Arguments: the term, the maximum length. */
    public static final ErrorCode TERM_INVALID = ErrorCode.invalid("publishing.term-invalid");
    /** Arguments: the term. */
    public static final ErrorCode TERM_EXISTS = ErrorCode.conflict("publishing.term-exists");
    /** Arguments: how many items use it, the term. */
    public static final ErrorCode TERM_IN_USE = ErrorCode.conflict("publishing.term-in-use");
    /** Arguments: the taxonomy (industry, product, region), the value, the known values. */
    public static final ErrorCode UNKNOWN_TERM = ErrorCode.invalid("publishing.unknown-term");
    /** Arguments: the tier, the known tiers. */
    public static final ErrorCode UNKNOWN_TIER = ErrorCode.invalid("publishing.unknown-tier");
    public static final ErrorCode TRANSLATION_SAME_LANGUAGE = ErrorCode.invalid("publishing.translation-same-language");
    /** Arguments: the language, the title of the item that already has it in the group. */
    public static final ErrorCode TRANSLATION_LANGUAGE_TAKEN = ErrorCode.conflict("publishing.translation-language-taken");
    /** Arguments: the maximum length. */
    public static final ErrorCode COMMENT_TOO_LONG = ErrorCode.invalid("publishing.comment-too-long");
    /** Arguments: the maximum length. */
    public static final ErrorCode ATTACHMENT_NAME_LENGTH = ErrorCode.invalid("publishing.attachment-name-length").publishedAs("upload-rejected");
    /** Arguments: the file name. */
    public static final ErrorCode ATTACHMENT_NAME_PATH = ErrorCode.invalid("publishing.attachment-name-path").publishedAs("upload-rejected");
    /** Arguments: the file name. */
    public static final ErrorCode ATTACHMENT_NAME_CONTROL = ErrorCode.invalid("publishing.attachment-name-control").publishedAs("upload-rejected");
    /** Arguments: the file name, the detected media type. */
    public static final ErrorCode ATTACHMENT_TYPE = ErrorCode.invalid("publishing.attachment-type").publishedAs("upload-rejected");
    /** Arguments: the limit in MB. */
    public static final ErrorCode ATTACHMENT_TOO_LARGE = ErrorCode.invalid("publishing.attachment-too-large").publishedAs("upload-rejected");
    public static final ErrorCode ATTACHMENT_EMPTY = ErrorCode.invalid("publishing.attachment-empty").publishedAs("upload-rejected");
    /** Arguments: the file name. */
    public static final ErrorCode ATTACHMENT_UNREADABLE = ErrorCode.invalid("publishing.attachment-unreadable").publishedAs("upload-rejected");
    /** Arguments: the attachment id. Published as a rejected upload (400) before codes existed. */
    public static final ErrorCode ATTACHMENT_NOT_FOUND = ErrorCode.invalid("publishing.attachment-not-found").publishedAs("upload-rejected");
    /** Arguments: the slug. */
    public static final ErrorCode BUNDLE_DUPLICATE_SLUG = ErrorCode.invalid("publishing.bundle-duplicate-slug");
    /** Arguments: the limit in MB. */
    public static final ErrorCode BUNDLE_TOO_LARGE = ErrorCode.invalid("publishing.bundle-too-large");
    public static final ErrorCode BUNDLE_EMPTY = ErrorCode.invalid("publishing.bundle-empty");
    /** Arguments: the most files. */
    public static final ErrorCode BUNDLE_TOO_MANY_FILES = ErrorCode.invalid("publishing.bundle-too-many-files");
    public static final ErrorCode BUNDLE_NOT_MARKDOWN = ErrorCode.invalid("publishing.bundle-not-markdown");
    /** Arguments: the limit in KB. */
    public static final ErrorCode BUNDLE_FILE_TOO_LARGE = ErrorCode.invalid("publishing.bundle-file-too-large");
    public static final ErrorCode BUNDLE_NOT_A_ZIP = ErrorCode.invalid("publishing.bundle-not-a-zip");
    public static final ErrorCode BUNDLE_NOT_UTF8 = ErrorCode.invalid("publishing.bundle-not-utf8");
    public static final ErrorCode DOCUMENT_NO_FRONT_MATTER = ErrorCode.invalid("publishing.document-no-front-matter");
    public static final ErrorCode DOCUMENT_UNCLOSED_FRONT_MATTER = ErrorCode.invalid("publishing.document-unclosed-front-matter");
    public static final ErrorCode DOCUMENT_INVALID_YAML = ErrorCode.invalid("publishing.document-invalid-yaml");
    public static final ErrorCode DOCUMENT_NOT_A_MAPPING = ErrorCode.invalid("publishing.document-not-a-mapping");
    /** Arguments: the known types. */
    public static final ErrorCode DOCUMENT_TYPE = ErrorCode.invalid("publishing.document-type");
    public static final ErrorCode DOCUMENT_CHEAT_SHEET = ErrorCode.invalid("publishing.document-cheat-sheet");
    /** Arguments: the field. */
    public static final ErrorCode DOCUMENT_SINGLE_VALUE = ErrorCode.invalid("publishing.document-single-value");
    /** Arguments: the field. */
    public static final ErrorCode DOCUMENT_LIST = ErrorCode.invalid("publishing.document-list");
    /** Arguments: the field. */
    public static final ErrorCode DOCUMENT_DATE = ErrorCode.invalid("publishing.document-date");
    /** Arguments: the field. */
    public static final ErrorCode DOCUMENT_TIME = ErrorCode.invalid("publishing.document-time");
    /** Arguments: the longest alt text. */
    public static final ErrorCode IMAGE_ALT_TEXT = ErrorCode.invalid("publishing.image-alt-text");
    /** Arguments: the largest image in MB. */
    public static final ErrorCode IMAGE_TOO_LARGE = ErrorCode.invalid("publishing.image-too-large");
    /** Arguments: the detected media type. */
    public static final ErrorCode IMAGE_TYPE = ErrorCode.invalid("publishing.image-type");
    /** Arguments: the industry that is not in the taxonomy. */
    public static final ErrorCode AUDIENCE_INDUSTRY_UNKNOWN = ErrorCode.invalid("publishing.audience-industry-unknown");

    private ContentError() {
    }
}
