package dev.partnerportal.identity;

import dev.partnerportal.shared.EmailAddresses;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a login name and password for the login form and the token API alike.
 *
 * <p>Unknown user, wrong password and disabled account all end in the same {@link BadCredentialsException}
 * with the same message, and all of them pay for one Argon2 verification, so neither the answer nor its timing
 * tells an attacker which case applied.
 *
 * <p>Deliberately not transactional: the account is read in one short query, the password is checked while
 * no database connection is held, and the outcome is recorded in a short transaction of its own. A sign-in
 * whose login or address is locked ({@link SignInThrottledException}) or that cannot get a turn for a password
 * check in time ({@link SignInBusyException}) is answered without checking the password.
 */
@Component
public class PortalAuthenticationProvider implements AuthenticationProvider {

    static final String FAILURE_MESSAGE = "Bad credentials";

    private final PortalUsers users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final SignInCapacity capacity;
    private final String decoyHash;
    private final List<PasswordSignInPolicy> policies;

    PortalAuthenticationProvider(PortalUsers users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                 SignInCapacity capacity, List<PasswordSignInPolicy> policies) {
        this.users = users;
        this.policies = List.copyOf(policies);
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.capacity = capacity;
        this.decoyHash = passwordEncoder.encode("decoy password that no account has");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var typedLogin = authentication.getName() == null ? "" : authentication.getName();
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var keys = throttle.keysFor(typedLogin, clientAddress(authentication.getDetails()));

        try (var attempt = capacity.admit()) {
            var status = enter(attempt, keys);
            var user = users.findByEmail(EmailAddresses.loginKey(typedLogin));
            var hash = user.map(PortalUser::getPasswordHash).orElse(null);
            boolean tooLong = password.length() > PasswordPolicy.MAX_LENGTH;
            // Always one verification, against the decoy when there is no real hash, so timing is uniform.
            boolean verified = attempt.check(
                    () -> passwordEncoder.matches(tooLong ? "" : password, hash == null ? decoyHash : hash));
            boolean passwordMatches = verified && !tooLong && hash != null;

            if (!passwordMatches || user.isEmpty() || !user.get().isEnabled()) {
                throttle.recordFailure(keys);
                throw new BadCredentialsException(FAILURE_MESSAGE);
            }
            throttle.recordSuccess(keys, status);
            var organization = user.get().getOrganization();
            if (organization != null && !policies.stream().allMatch(policy -> policy.allowsPassword(organization))) {
                throw new PasswordSignInDisabledException();
            }
            var principal = new PortalPrincipal(user.get());
            var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
    }

    /**
     * Refuses a locked key, or waits until this attempt fits within what its keys may still fail, counting the
     * attempts in flight as failures; returns the counters it entered on.
     */
    private LoginThrottle.Status enter(SignInCapacity.Admission attempt, LoginThrottle.Keys keys) {
        while (true) {
            long generation = attempt.generation();
            var status = throttle.status(keys);
            if (status.lockedUntil() != null) {
                throw new SignInThrottledException(throttle.remaining(status.lockedUntil()));
            }
            long next = attempt.tryEnter(status.budgets(), generation);
            if (next < 0) {
                return status;
            }
            if (next == generation) {
                attempt.awaitTurn(generation);
            }
        }
    }

    private static @Nullable String clientAddress(@Nullable Object details) {
        return details instanceof SignInOrigin origin ? origin.clientAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
