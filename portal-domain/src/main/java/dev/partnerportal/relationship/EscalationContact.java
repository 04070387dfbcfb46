package dev.partnerportal.relationship;

/** One step of the escalation path with the person it reaches; position 1 is called first. */
public record EscalationContact(int position, EscalationStep step, Person person) {
}
