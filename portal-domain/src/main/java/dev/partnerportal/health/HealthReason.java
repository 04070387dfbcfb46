package dev.partnerportal.health;

import java.util.List;

/** Why a component scores what it does: a translation key and its arguments. */
public record HealthReason(String key, List<Object> arguments) {

    /** The reason of a component no signal could read: it counts as 0 (see {@link HealthScoring}). */
    public static final String NO_DATA = "health.reason.no-data";

    public HealthReason {
        arguments = List.copyOf(arguments);
    }
}
