package dev.partnerportal.mdf;

import dev.partnerportal.shared.FileTypes;
import dev.partnerportal.shared.RuleViolation;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides a proof file's type from its bytes alone ({@link FileTypes}), as content attachments do: a renamed
 * file cannot pass as an invoice.
 */
@Component
class ProofCheck {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/png", "image/jpeg");

    private final FileTypes types;

    ProofCheck(FileTypes types) {
        this.types = types;
    }

    /** The accepted type of {@code file}, or a refusal when it is empty, too large or of another type. */
    String accept(ProofFile file) {
        if (file.content().length > ProofFile.MAX_BYTES) {
            throw new RuleViolation(MdfError.PROOF_TOO_LARGE, ProofFile.MAX_BYTES / (1024 * 1024));
        }
        var type = types.of(file.content());
        if (!ACCEPTED.contains(type)) {
            throw new RuleViolation(MdfError.PROOF_TYPE_REFUSED);
        }
        return type;
    }

    static String fileName(String name) {
        var base = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        base = base.isEmpty() ? "proof" : base;
        return base.length() > ProofFile.FILE_NAME_MAX_LENGTH ? base.substring(0, ProofFile.FILE_NAME_MAX_LENGTH) : base;
    }
}
