package dev.partnerportal.setup;

/**
 * Start-up refused because the configuration would make an unsafe or unusable portal; carries what to do
 * about it, which {@link SetupFailureAnalyzer} prints instead of a stack trace.
 */
public class SetupRefusedException extends IllegalStateException {

    private final String action;

    SetupRefusedException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    /** What the operator should change. */
    public String action() {
        return action;
    }
}
