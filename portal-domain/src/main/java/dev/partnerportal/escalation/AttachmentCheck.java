package dev.partnerportal.escalation;

import dev.partnerportal.shared.FileTypes;
import dev.partnerportal.shared.RuleViolation;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Decides an attachment's type from its bytes alone: a renamed file cannot pass as another type. */
@Component
class AttachmentCheck {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private final FileTypes types;

    AttachmentCheck(FileTypes types) {
        this.types = types;
    }

    /** The accepted type of {@code file}, or a refusal when it is empty, too large or of another type. */
    String accept(EscalationFile file) {
        if (file.content().length > EscalationFile.MAX_BYTES) {
            throw new RuleViolation(EscalationError.ATTACHMENT_TOO_LARGE, EscalationFile.MAX_BYTES / (1024 * 1024));
        }
        var type = types.of(file.content());
        if (!ACCEPTED.contains(type)) {
            throw new RuleViolation(EscalationError.ATTACHMENT_TYPE_REFUSED);
        }
        return type;
    }
}
