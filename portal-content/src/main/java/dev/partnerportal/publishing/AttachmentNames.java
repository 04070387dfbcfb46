package dev.partnerportal.publishing;

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
            throw new AttachmentRejectedException("The file name must be 1 to " + AttachmentInfo.FILE_NAME_MAX_LENGTH
                    + " characters long. Nothing was stored.");
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")) {
            throw new AttachmentRejectedException("The file name \"" + Terms.printable(name)
                    + "\" contains a path. Upload the file under its plain name. Nothing was stored.");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new AttachmentRejectedException("The file name \"" + Terms.printable(name)
                    + "\" contains control characters. Rename the file and upload it again. Nothing was stored.");
        }
        return name;
    }
}
