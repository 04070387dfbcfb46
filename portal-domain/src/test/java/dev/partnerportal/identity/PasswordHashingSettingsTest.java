package dev.partnerportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The cost of a password hash: OWASP's minimum by default, more when configured, less refused at start-up unless a
 * test suite explicitly asks for it. The suites' own contexts run with that flag, so this is where the production
 * setting is checked.
 */
class PasswordHashingSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PasswordHashingConfiguration.class);

    @Test
    void theDefaultIsOwaspsRecommendedMinimum() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            var hash = context.getBean(PasswordEncoder.class).encode("correct horse battery staple");
            assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
            assertThat(context.getBean(PasswordEncoder.class).matches("correct horse battery staple", hash)).isTrue();
        });
    }

    @Test
    void everyRowOfOwaspsTableAndMoreIsAccepted() {
        for (var row : PasswordHashingSettings.OWASP_TABLE) {
            runner.withPropertyValues("portal.security.password-hashing.memory-kib=" + row[0],
                    "portal.security.password-hashing.iterations=" + row[1]).run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(PasswordEncoder.class).encode("x"))
                                .contains("m=" + row[0] + ",t=" + row[1] + ",p=1");
                    });
        }
        runner.withPropertyValues("portal.security.password-hashing.memory-kib=65536").run(context ->
                assertThat(context.getBean(PasswordEncoder.class).encode("x")).contains("m=65536,t=2,p=1"));
    }

    @Test
    void lessThanEveryRowRefusesToStartAndNamesTheSetting() {
        runner.withPropertyValues("portal.security.password-hashing.memory-kib=12288",
                "portal.security.password-hashing.iterations=2").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("portal.security.password-hashing")
                            .hasMessageContaining("below OWASP's minimum");
                });
        runner.withPropertyValues("portal.security.password-hashing.iterations=0").run(context ->
                assertThat(context).hasFailed());
    }

    @Test
    void aSuiteMayGoBelowOnlyByNamingIt() {
        runner.withPropertyValues("portal.security.password-hashing.memory-kib=256",
                "portal.security.password-hashing.iterations=1",
                "portal.security.password-hashing.allow-below-owasp-minimum=true").run(context -> {
                    assertThat(context).hasNotFailed();
                    var encoder = context.getBean(PasswordEncoder.class);
                    var cheap = encoder.encode("x");
                    assertThat(cheap).contains("m=256,t=1,p=1");
                    // A hash carries its settings: one made at the production cost still matches.
                    var production = PasswordHashingSettings.OWASP_MINIMUM.encoder().encode("x");
                    assertThat(encoder.matches("x", production)).isTrue();
                    assertThat(encoder.matches("y", production)).isFalse();
                });
    }
}
