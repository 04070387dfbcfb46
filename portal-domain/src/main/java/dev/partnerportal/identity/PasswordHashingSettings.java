package dev.partnerportal.identity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.validation.annotation.Validated;

/**
 * The cost of one Argon2id password hash ({@code portal.security.password-hashing.*}): memory in KiB and passes, one
 * lane, 16-byte salt, 32-byte hash. The default is OWASP's recommended minimum (19 MiB, 2 passes). More is allowed;
 * less than every row of OWASP's table of equivalent settings refuses to start, unless
 * {@code allow-below-owasp-minimum} says so: that is for test suites, which sign demo accounts in thousands of times
 * and would otherwise spend half their processor time hashing. A hash carries its own settings, so hashes made
 * under other settings keep working after a change.
 *
 * @param memoryKib              memory per hash, KiB
 * @param iterations             passes over that memory
 * @param allowBelowOwaspMinimum true lets the two go below OWASP's table (tests only; the portal logs a warning)
 */
@Validated
@ConfigurationProperties("portal.security.password-hashing")
public record PasswordHashingSettings(@DefaultValue("19456") @Min(8) @Max(4_194_304) int memoryKib,
                                      @DefaultValue("2") @Min(1) @Max(100) int iterations,
                                      @DefaultValue("false") boolean allowBelowOwaspMinimum) {

    /** OWASP Password Storage Cheat Sheet, Argon2id with one lane: memory (KiB) and passes that are equivalent. */
    static final List<int[]> OWASP_TABLE = List.of(new int[] {47_104, 1}, new int[] {19_456, 2},
            new int[] {12_288, 3}, new int[] {9_216, 4}, new int[] {7_168, 5});

    /** OWASP's recommended minimum, the default. */
    public static final PasswordHashingSettings OWASP_MINIMUM = new PasswordHashingSettings(19_456, 2, false);

    /** At least one row of OWASP's table: as much memory or more, and as many passes or more. */
    public boolean meetsOwaspMinimum() {
        return OWASP_TABLE.stream().anyMatch(row -> memoryKib >= row[0] && iterations >= row[1]);
    }

    /** The encoder for these settings: Argon2id, 16-byte salt, 32-byte hash, one lane. */
    public PasswordEncoder encoder() {
        return new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
    }

    @AssertTrue(message = "is below OWASP's minimum for Argon2id (19456 KiB with 2 iterations, or an equivalent row: "
            + "47104/1, 12288/3, 9216/4, 7168/5); raise memory-kib or iterations")
    boolean isStrongEnough() {
        return allowBelowOwaspMinimum || meetsOwaspMinimum();
    }
}
