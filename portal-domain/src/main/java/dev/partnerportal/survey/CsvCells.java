package dev.partnerportal.survey;

import org.jspecify.annotations.Nullable;

/**
 * Makes exported cells safe to open in a spreadsheet: a value that starts with {@code = + - @}, a tab or a
 * carriage return would be read as a formula (CSV injection), so it gets a leading apostrophe.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralize(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
