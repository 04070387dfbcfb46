package dev.partnerportal.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id is the only accepted password hash. There is deliberately no {@code DelegatingPasswordEncoder}:
 * a stored value such as {@code {noop}secret} or an MD5 hash never matches any password.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // OWASP's minimum recommendation for Argon2id: 19 MiB memory, 2 iterations, 1 degree of parallelism.
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }
}
