package dev.partnerportal.escalation;

import java.time.LocalDate;

/** A day without business hours. */
public record Holiday(LocalDate day, String name) {

    public static final int NAME_MAX_LENGTH = 100;
}
