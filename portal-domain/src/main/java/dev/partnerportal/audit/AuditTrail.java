package dev.partnerportal.audit;

import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries. Free text that came from users is encoded so that one entry can never pose as
 * several (no raw line breaks or control characters reach the log) and is cut to the column size.
 */
@Service
public class AuditTrail {

    private final AuditEntries entries;
    private final Clock clock;
    private final CallerContext callers;

    AuditTrail(AuditEntries entries, Clock clock, CallerContext callers) {
        this.entries = entries;
        this.clock = clock;
        this.callers = callers;
    }

    /**
     * Records an administrative change by the signed-in caller inside the transaction that makes the change,
     * so the entry exists exactly when the change does: a rolled-back change leaves no entry behind.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditAction action, @Nullable OrganizationId organization, @Nullable String detail) {
        record(action, callers.require().username(), organization, detail);
    }

    /**
     * Records that the signed-in caller read or exported something sensitive. Reads run in read-only
     * transactions, which may not write, so this entry gets its own.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(AuditAction action, @Nullable OrganizationId organization, @Nullable String detail) {
        record(action, callers.require().username(), organization, detail);
    }

    private void record(AuditAction action, String actor, @Nullable OrganizationId organization, @Nullable String detail) {
        entries.save(new AuditEntry(clock.instant(), encode(actor, AuditEntry.ACTOR_MAX_LENGTH),
                organization == null ? null : organization.value(), action.name(),
                encode(detail, AuditEntry.DETAIL_MAX_LENGTH), null));
    }

    /**
     * Records an event in its own transaction, so that an audit entry survives the rollback of the work
     * it describes (a failed login is exactly such a case). Open to every caller, including anonymous
     * ones, because failed logins are recorded before anyone is authenticated.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, @Nullable String actor, @Nullable OrganizationId organization,
                       @Nullable String detail, @Nullable String remoteAddress) {
        entries.save(new AuditEntry(
                clock.instant(),
                encode(actor, AuditEntry.ACTOR_MAX_LENGTH),
                organization == null ? null : organization.value(),
                action.name(),
                encode(detail, AuditEntry.DETAIL_MAX_LENGTH),
                encode(remoteAddress, AuditEntry.ADDRESS_MAX_LENGTH)));
    }

    /**
     * Replaces control characters (CR, LF, TAB, other C0/C1 and Unicode line separators) with a visible
     * {@code \\uXXXX} escape, escapes backslashes so the encoding stays unambiguous, and truncates.
     */
    static @Nullable String encode(@Nullable String value, int maxLength) {
        if (value == null) {
            return null;
        }
        var out = new StringBuilder(Math.min(value.length(), maxLength));
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String piece;
            if (c == '\\') {
                piece = "\\\\";
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                piece = String.format("\\u%04x", (int) c);
            } else {
                piece = String.valueOf(c);
            }
            if (out.length() + piece.length() > maxLength) {
                break; // never cut an escape in half
            }
            out.append(piece);
        }
        return out.toString();
    }
}
