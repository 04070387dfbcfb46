package dev.partnerportal.relationship;

/** The vendor person named for one function. */
public record VendorContactEntry(VendorFunction function, Person person) {

    /** The longest phone number of a vendor contact. */
    public static final int PHONE_MAX_LENGTH = VendorContact.PHONE_MAX_LENGTH;
}
