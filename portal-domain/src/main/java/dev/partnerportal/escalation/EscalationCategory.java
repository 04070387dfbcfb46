package dev.partnerportal.escalation;

/** What an escalation is about; decides nothing but who reads it first. */
public enum EscalationCategory {
    TECHNICAL, COMMERCIAL, BILLING, PROGRAM, OTHER
}
