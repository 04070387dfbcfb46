package dev.partnerportal.sso;

import dev.partnerportal.shared.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts client secrets with AES-256-GCM under {@code portal.sso.secret-key} (environment variable
 * {@code PORTAL_SSO_SECRET_KEY}, 32 bytes in Base64). A database dump alone never reveals a secret, and a changed
 * ciphertext fails to decrypt instead of yielding another secret. The key is read at each use, so a portal
 * without one runs normally and only refuses to store secrets.
 */
@Component
class SecretCipher {

    static final String KEY_PROPERTY = "portal.sso.secret-key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Environment environment;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(Environment environment) {
        this.environment = environment;
    }

    boolean hasKey() {
        return !environment.getProperty(KEY_PROPERTY, "").isBlank();
    }

    String encrypt(String plain) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            var out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("client secret could not be encrypted", e);
        }
    }

    /** @throws IllegalStateException when the key is wrong or the stored value was changed */
    String decrypt(String stored) {
        var bytes = Base64.getDecoder().decode(stored);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("client secret could not be decrypted: wrong key or changed value", e);
        }
    }

    private SecretKeySpec key() {
        var configured = environment.getProperty(KEY_PROPERTY, "").strip();
        if (configured.isEmpty()) {
            throw new RuleViolation(SsoError.SECRET_KEY_MISSING);
        }
        var bytes = Base64.getDecoder().decode(configured);
        if (bytes.length != 32) {
            throw new IllegalStateException(KEY_PROPERTY + " must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
