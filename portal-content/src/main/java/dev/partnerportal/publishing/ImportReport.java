package dev.partnerportal.publishing;

import java.util.List;

/**
 * The outcome of a bundle import. With any {@code errors} nothing was written (all or nothing); otherwise
 * the counts say how many items were created, changed (a new revision) or already identical.
 */
public record ImportReport(int files, int created, int updated, int unchanged, List<FileError> errors) {

    /** What is wrong with one file of the bundle. */
    public record FileError(String file, String message) {
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
