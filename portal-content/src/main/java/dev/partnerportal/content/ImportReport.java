package dev.partnerportal.content;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.RuleViolation;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of a bundle import. With any {@code errors} nothing was written (all or nothing); otherwise
 * the counts say how many items were created, changed (a new revision) or already identical.
 */
public record ImportReport(int files, int created, int updated, int unchanged, List<FileError> errors) {

    /** What is wrong with one file of the bundle (empty {@code file} for the bundle as a whole), as a code. */
    public record FileError(String file, ErrorCode error, List<Object> arguments) {

        public FileError {
            arguments = List.copyOf(arguments);
        }

        static FileError of(String file, ErrorCode error, Object... arguments) {
            return new FileError(file, error, Arrays.asList(arguments));
        }

        static FileError of(String file, RuleViolation violation) {
            return new FileError(file, violation.error(), Arrays.asList(violation.arguments()));
        }

        /** The refusal, for turning into the reader's language where refusals are translated. */
        public RuleViolation violation() {
            return new RuleViolation(error, arguments.toArray());
        }
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
