package dev.partnerportal.plan;

import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A commitment the caller's side makes: what, who owns it (a name, and the portal account when the owner has
 * one), and the week of the plan's period by whose end it is done.
 */
public record NewCommitment(String description, String ownerName, @Nullable UserId ownerAccount, int dueWeek) {

    public static final int DESCRIPTION_MAX_LENGTH = 300;
    public static final int OWNER_MAX_LENGTH = 120;

    public NewCommitment {
        description = description.strip();
        ownerName = ownerName.strip();
        if (description.isEmpty() || description.length() > DESCRIPTION_MAX_LENGTH) {
            throw new RuleViolation(PlanError.COMMITMENT_DESCRIPTION_REQUIRED, DESCRIPTION_MAX_LENGTH);
        }
        if (ownerName.isEmpty() && ownerAccount == null || ownerName.length() > OWNER_MAX_LENGTH) {
            throw new RuleViolation(PlanError.COMMITMENT_OWNER_REQUIRED, OWNER_MAX_LENGTH);
        }
    }
}
