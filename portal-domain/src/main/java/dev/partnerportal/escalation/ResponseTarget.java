package dev.partnerportal.escalation;

/** How soon the vendor answers and resolves an escalation of one severity, in business hours. */
public record ResponseTarget(EscalationSeverity severity, int respondHours, int resolveHours) {

    /** The longest target: a quarter of a year of eight-hour days. */
    public static final int MAX_HOURS = 520;
}
