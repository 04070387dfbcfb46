package dev.partnerportal.certification;

import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.Sha256;
import dev.partnerportal.throttle.ThrottleKind;
import dev.partnerportal.throttle.Throttles;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public verification of awards by their code, for anyone an award is shown to (customers, employers).
 * Each client address gets {@code portal.certifications.verifications-per-window} lookups per
 * {@link #WINDOW}, counted in the database so that every node enforces the same limit; beyond that nothing is
 * looked up at all, so guessing codes at scale learns nothing.
 */
@Service
public class CertificateVerification {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final CertificationAwards awards;
    private final CertificationDefinitions definitions;
    private final Throttles throttles;
    private final AwardViews views;
    private final Clock clock;
    private final int allowance;
    private final String baseUrl;

    CertificateVerification(CertificationAwards awards, CertificationDefinitions definitions, Throttles throttles,
                            AwardViews views, Clock clock,
                            @Value("${portal.certifications.verifications-per-window:30}") int allowance,
                            @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.awards = awards;
        this.definitions = definitions;
        this.throttles = throttles;
        this.views = views;
        this.clock = clock;
        this.allowance = allowance;
        this.baseUrl = baseUrl;
    }

    /** Looks a code up for {@code clientAddress}. Open to anyone: the page is public by design. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Verification verify(String code, String clientAddress) {
        if (!counted(clientAddress)) {
            return new Verification.TooManyLookups();
        }
        return find(code).<Verification>map(held -> new Verification.Found(new VerifiedCertification(held.holderName(),
                held.organizationName(), held.certification().name(), held.issuedOn(), held.expiresOn(), held.status())))
                .orElseGet(Verification.Unknown::new);
    }

    /**
     * The hosted Open Badges assertion of the award with {@code code}, counted against the same limit as the
     * page. Open to anyone: badge platforms fetch it to verify a holder's badge. Empty for an unknown code.
     *
     * @throws TooManyLookupsException when the client has used up its lookups for now
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<Map<String, Object>> publicAssertion(String code, String clientAddress) {
        if (!counted(clientAddress)) {
            throw new TooManyLookupsException();
        }
        return find(code).map(held -> OpenBadges.assertion(baseUrl, held));
    }

    /** The Open Badges BadgeClass of a certification. Open to anyone: it describes a certification, no person. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> badgeClass(String certificationCode) {
        return definitions.findByCode(certificationCode).map(d -> OpenBadges.badgeClass(baseUrl, d.view()));
    }

    /** The public URL of the verification page for a code. Open to anyone: it is a URL. */
    @PreAuthorize("permitAll()")
    public String verificationUrl(String code) {
        return baseUrl + "/verify/" + code;
    }

    private Optional<HeldCertification> find(String code) {
        var normalized = code.strip().toUpperCase(Locale.ROOT);
        if (!VerificationCodes.FORMAT.matcher(normalized).matches()) {
            return Optional.empty();
        }
        return awards.findByVerificationCode(normalized).map(award -> views.of(award, LocalDate.now(clock)));
    }

    private boolean counted(String clientAddress) {
        return throttles.tryCount(ThrottleKind.CERTIFICATE_VERIFICATION, Sha256.hex("verify:" + clientAddress), WINDOW,
                allowance);
    }

    /** Thrown when a client has used up its verification lookups for now. */
    public static class TooManyLookupsException extends RuleViolation {
        public TooManyLookupsException() {
            super(CertificationError.TOO_MANY_LOOKUPS);
        }
    }
}
