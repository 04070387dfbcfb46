package dev.partnerportal.content;

/**
 * The name an uploader gave a file is kept for display and for the download's file name only; it never
 * becomes a path. Still, names with path parts, control or direction-override characters are refused,
 * so that nobody is shown a name that pretends to be something else.
 */
final class AttachmentNames {

    private AttachmentNames() {
    }

    static String check(String fileName) {
        var name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > AttachmentInfo.FILE_NAME_MAX_LENGTH) {
            throw new AttachmentRejectedException(ContentError.ATTACHMENT_NAME_LENGTH, AttachmentInfo.FILE_NAME_MAX_LENGTH);
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")) {
            throw new AttachmentRejectedException(ContentError.ATTACHMENT_NAME_PATH, Terms.printable(name));
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new AttachmentRejectedException(ContentError.ATTACHMENT_NAME_CONTROL, Terms.printable(name));
        }
        return name;
    }
}
