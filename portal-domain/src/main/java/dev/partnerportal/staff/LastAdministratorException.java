package dev.partnerportal.staff;

import dev.partnerportal.shared.RuleViolation;

/** The change would leave the portal without an active administrator, so it was not made. */
public class LastAdministratorException extends RuleViolation {

    public LastAdministratorException() {
        super(StaffError.LAST_ADMINISTRATOR);
    }
}
