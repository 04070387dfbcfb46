package dev.partnerportal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id is the only accepted password hash. There is deliberately no {@code DelegatingPasswordEncoder}:
 * a stored value such as {@code {noop}secret} or an MD5 hash never matches any password. Its cost is
 * {@link PasswordHashingSettings}: OWASP's minimum unless configured otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordHashingSettings.class)
class PasswordHashingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PasswordHashingConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder(PasswordHashingSettings settings) {
        if (!settings.meetsOwaspMinimum()) {
            log.warn("Password hashing below OWASP's minimum (Argon2id, {} KiB, {} iterations): for test suites only, "
                    + "never for real accounts", settings.memoryKib(), settings.iterations());
        }
        return settings.encoder();
    }
}
