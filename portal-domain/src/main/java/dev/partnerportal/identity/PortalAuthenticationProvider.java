package dev.partnerportal.identity;

import dev.partnerportal.shared.EmailAddresses;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a login name and password for the login form and the token API alike.
 *
 * <p>Unknown user, wrong password, disabled account and locked account all end in the same
 * {@link BadCredentialsException} with the same message, and all of them pay for one Argon2 verification,
 * so neither the answer nor its timing tells an attacker which case applied.
 */
@Component
public class PortalAuthenticationProvider implements AuthenticationProvider {

    static final String FAILURE_MESSAGE = "Bad credentials";

    private final PortalUsers users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final String decoyHash;

    PortalAuthenticationProvider(PortalUsers users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.decoyHash = passwordEncoder.encode("decoy password that no account has");
    }

    @Override
    @Transactional(readOnly = true)
    public Authentication authenticate(Authentication authentication) {
        var typedLogin = authentication.getName() == null ? "" : authentication.getName();
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();

        var user = users.findByEmail(EmailAddresses.loginKey(typedLogin));
        var hash = user.map(PortalUser::getPasswordHash).orElse(null);
        boolean tooLong = password.length() > PasswordPolicy.MAX_LENGTH;
        // Always one verification, against the decoy when there is no real hash, so timing is uniform.
        boolean verified = passwordEncoder.matches(tooLong ? "" : password, hash == null ? decoyHash : hash);
        boolean passwordMatches = verified && !tooLong && hash != null;
        boolean locked = throttle.isLocked(typedLogin);

        if (!passwordMatches || locked || user.isEmpty() || !user.get().isEnabled()) {
            if (!locked) {
                throttle.recordFailure(typedLogin);
            }
            throw new BadCredentialsException(FAILURE_MESSAGE);
        }
        throttle.recordSuccess(typedLogin);
        var principal = new PortalPrincipal(user.get());
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
