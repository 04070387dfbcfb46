package dev.partnerportal.activity;

/**
 * The training funnel in a range of days, in different people: who made progress in a course, who completed
 * one, who passed a quiz and who earned a certification.
 */
public record TrainingSteps(long started, long completed, long passed, long certified) {
}
