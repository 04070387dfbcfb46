package dev.partnerportal.ui.error;

import dev.partnerportal.observability.LogFields;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an unexpected failure under a short reference that the user can quote; the user sees only the reference. */
final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {
    }

    static String log(Throwable failure) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        LogFields.withIncident(reference, () -> log.error("Unexpected failure in the UI, reference {}", reference, failure));
        return reference;
    }
}
