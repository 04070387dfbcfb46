package dev.partnerportal.staff;

/** The change would leave the portal without an active administrator, so it was not made. */
public class LastAdministratorException extends RuntimeException {

    public LastAdministratorException() {
        super("The last active administrator cannot be deactivated or given another role.");
    }
}
