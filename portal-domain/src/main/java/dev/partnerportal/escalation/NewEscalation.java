package dev.partnerportal.escalation;

/** What a partner person raises; the limits are the form's. */
public record NewEscalation(EscalationCategory category, EscalationSeverity severity, String title, String description) {

    public static final int TITLE_MAX_LENGTH = 150;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;
    /** The longest message in an escalation's history. */
    public static final int MESSAGE_MAX_LENGTH = 4000;
}
