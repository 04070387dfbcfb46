package dev.partnerportal.shared;

/** Typed identifier of a partner organization, so that ids of different records cannot be mixed up. */
public record OrganizationId(long value) implements java.io.Serializable {

    public static OrganizationId of(long value) {
        return new OrganizationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
