package dev.partnerportal.partner;

import java.util.Locale;

/** Which partner organizations channel managers see: every one, or only those they are partner manager of. */
public enum ManagerVisibility {
    ALL,
    OWN;

    /** Reads the property spelling ({@code all} or {@code own}, any case). */
    public static ManagerVisibility parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
