package dev.partnerportal.earlyaccess;

/** Where an organization stands with a beta: waiting for a decision, taking part, or turned down. */
public enum ParticipationStatus {
    APPLIED, ACCEPTED, DECLINED
}
