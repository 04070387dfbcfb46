package dev.partnerportal.earlyaccess;

/** How an organization came to a beta: its partner administrator applied, or staff invited it. */
public enum ParticipationOrigin {
    APPLICATION, INVITATION
}
