package dev.partnerportal.audit;

/** The kinds of events the audit log records. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    API_TOKEN_ISSUED,
    LOGOUT,
    FIRST_ADMIN_CREATED,
    PREFERENCES_CHANGED
}
