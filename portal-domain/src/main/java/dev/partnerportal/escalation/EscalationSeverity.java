package dev.partnerportal.escalation;

/** How bad it is for the partner; sets the response and resolution targets. Most severe first. */
public enum EscalationSeverity {
    CRITICAL, HIGH, MEDIUM, LOW
}
