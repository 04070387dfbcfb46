package dev.partnerportal.partner;

/** How a partner company works with the vendor. */
public enum PartnerType {
    RESELLER, AGENCY, TECHNOLOGY, REFERRAL
}
