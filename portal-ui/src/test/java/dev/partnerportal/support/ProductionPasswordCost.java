package dev.partnerportal.support;

import dev.partnerportal.identity.PasswordHashingSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test contexts hash passwords far below OWASP's minimum (the suite signs in thousands of times). A test about
 * sign-ins under load gives its accounts hashes of the production cost instead: a hash carries its own settings, so
 * checking a password against it costs what it costs in production. {@link #close()} puts the old hashes back.
 */
public final class ProductionPasswordCost implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final Map<String, String> before = new LinkedHashMap<>();

    private ProductionPasswordCost(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Re-hashes the accounts' password (the same for all of them) at {@link PasswordHashingSettings#OWASP_MINIMUM}. */
    public static ProductionPasswordCost forAccounts(JdbcTemplate jdbc, List<String> emails, String password) {
        var cost = new ProductionPasswordCost(jdbc);
        var hash = PasswordHashingSettings.OWASP_MINIMUM.encoder().encode(password);
        for (var email : emails) {
            cost.before.put(email, jdbc.queryForObject("select password_hash from portal_user where email = ?",
                    String.class, email));
            jdbc.update("update portal_user set password_hash = ? where email = ?", hash, email);
        }
        return cost;
    }

    @Override
    public void close() {
        before.forEach((email, hash) -> jdbc.update("update portal_user set password_hash = ? where email = ?", hash,
                email));
    }
}
