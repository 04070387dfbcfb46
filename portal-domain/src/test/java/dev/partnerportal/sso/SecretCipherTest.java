package dev.partnerportal.sso;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SecretCipherTest {

    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String OTHER_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    final SecretCipher cipher = new SecretCipher(new MockEnvironment().withProperty(SecretCipher.KEY_PROPERTY, KEY));

    @Test
    void aSecretComesBackAndIsNeverStoredTheSameWayTwice() {
        var first = cipher.encrypt("client-secret-ä");
        var second = cipher.encrypt("client-secret-ä");

        assertThat(first).isNotEqualTo(second).doesNotContain("client-secret");
        assertThat(cipher.decrypt(first)).isEqualTo("client-secret-ä");
        assertThat(cipher.decrypt(second)).isEqualTo("client-secret-ä");
    }

    @Test
    void aChangedValueOrAnotherKeyFailsInsteadOfYieldingAnotherSecret() {
        var stored = Base64.getDecoder().decode(cipher.encrypt("client-secret"));
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(stored))).isInstanceOf(IllegalStateException.class);
        var other = new SecretCipher(new MockEnvironment().withProperty(SecretCipher.KEY_PROPERTY, OTHER_KEY));
        assertThatThrownBy(() -> other.decrypt(cipher.encrypt("client-secret"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyNothingIsEncrypted() {
        var keyless = new SecretCipher(new MockEnvironment());

        assertThat(keyless.hasKey()).isFalse();
        assertThatThrownBy(() -> keyless.encrypt("client-secret")).is(refusal("sso.secret-key-missing"));
    }
}
