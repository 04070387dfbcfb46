package dev.partnerportal.certification;

/** Typed identifier of one award of a certification to a person. */
public record CertificationAwardId(long value) implements java.io.Serializable {

    public static CertificationAwardId of(long value) {
        return new CertificationAwardId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
