package dev.partnerportal.certification;

/** How advanced a certification is. */
public enum CertificationLevel {
    FOUNDATION, PROFESSIONAL, EXPERT
}
