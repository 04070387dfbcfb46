package dev.partnerportal.observability;

import org.slf4j.MDC;

/**
 * The ids every log line can carry (MDC keys, fields of the JSON logs): {@code request.id} for each HTTP request
 * ({@link RequestIds}) and {@code incident.id} on the line that logs an unexpected failure, the id the error page
 * or the API's problem body shows the user.
 */
public final class LogFields {

    public static final String REQUEST_ID = "request.id";
    public static final String INCIDENT_ID = "incident.id";

    private LogFields() {
    }

    /** Runs {@code logging} with {@link #INCIDENT_ID} set to {@code incident}, so that the lines it writes carry it. */
    public static void withIncident(String incident, Runnable logging) {
        try (var ignored = MDC.putCloseable(INCIDENT_ID, incident)) {
            logging.run();
        }
    }
}
