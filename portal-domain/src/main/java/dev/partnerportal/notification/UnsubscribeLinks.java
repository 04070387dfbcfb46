package dev.partnerportal.notification;

import dev.partnerportal.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe links: {@code <user id>.<scope>.<HMAC-SHA256 of both>}, where the scope is a
 * {@link NotificationKind} (mail at once) or a digest channel. The key is {@code portal.notification.signing-key}
 * when set, otherwise a random key the first node stores in the database, so every node signs alike and links
 * survive restarts. A link never expires: it can only stop mail, for the person it names.
 */
@Component
class UnsubscribeLinks {

    private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})\\.([A-Z_]{1,40})\\.([A-Za-z0-9_-]{43})");

    /** What a valid link stops: the mail of one kind, or one digest. */
    record Scope(UserId user, @Nullable NotificationKind kind, @Nullable NotificationChannel digest) {
    }

    private final JdbcTemplate jdbc;
    private final String configuredKey;
    private final String baseUrl;
    private volatile byte @Nullable [] key;

    UnsubscribeLinks(JdbcTemplate jdbc, @Value("${portal.notification.signing-key:}") String configuredKey,
                     @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.configuredKey = configuredKey;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The token for stopping the mail of {@code scope} (a kind's or a digest's name) to {@code user}. */
    String token(UserId user, String scope) {
        var payload = user.value() + "." + scope;
        return payload + "." + sign(payload);
    }

    /** The page a person opens from the mail to confirm. */
    String pageUrl(String token) {
        return baseUrl + "/unsubscribe/" + token;
    }

    /** The address mail programs POST to (RFC 8058), without a login. */
    String oneClickUrl(String token) {
        return baseUrl + "/api/public/unsubscribe/" + token;
    }

    /** The scope a token stops, when the portal signed it. */
    Optional<Scope> verify(String token) {
        var match = TOKEN.matcher(token);
        if (!match.matches()) {
            return Optional.empty();
        }
        var payload = match.group(1) + "." + match.group(2);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                match.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        var user = new UserId(Long.parseLong(match.group(1)));
        var scope = match.group(2);
        for (var kind : NotificationKind.values()) {
            if (kind.name().equals(scope)) {
                return Optional.of(new Scope(user, kind, null));
            }
        }
        for (var channel : NotificationChannel.values()) {
            if (channel.isDigest() && channel.name().equals(scope)) {
                return Optional.of(new Scope(user, null, channel));
            }
        }
        return Optional.empty();
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        var known = key;
        if (known == null) {
            known = (configuredKey.isBlank() ? storedKey() : configuredKey).getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    /** The stored key; the first node to need one stores a random one, a node that loses the race reads it. */
    private String storedKey() {
        var stored = jdbc.queryForList("select key_value from notification_signing_key where id = 1", String.class);
        if (!stored.isEmpty()) {
            return stored.getFirst();
        }
        var random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            jdbc.update("insert into notification_signing_key (id, key_value) values (1, ?)",
                    Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        } catch (DuplicateKeyException raced) {
            // another node stored its key first; everyone uses that one
        }
        return jdbc.queryForObject("select key_value from notification_signing_key where id = 1", String.class);
    }
}
