package dev.partnerportal.relationship;

/** The partner-side departments a relationship should reach; breadth counts those covered. */
public enum Department {
    SALES, TECHNICAL, MARKETING, LEADERSHIP, FINANCE
}
