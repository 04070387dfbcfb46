package dev.partnerportal.certification;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification definitions and awards. A person sees their own awards, a partner administrator their
 * organization's, staff everyone's; any other award answers "not found".
 */
@Service
public class Certifications {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "awardedAt").and(Sort.by(Sort.Direction.DESC, "id"));

    private final CertificationDefinitions definitions;
    private final CertificationAwards awards;
    private final AwardViews views;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    Certifications(CertificationDefinitions definitions, CertificationAwards awards, AwardViews views,
                   CallerContext callers, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
                   @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl;
        this.definitions = definitions;
        this.awards = awards;
        this.views = views;
        this.callers = callers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every certification that can be earned, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Certification> definitions() {
        return definitions.findAllByOrderByName().stream().map(CertificationDefinition::view).toList();
    }

    /** Creates the certification {@code form.code()}, or changes everything but the code of an existing one. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public Certification define(DefinitionForm form) {
        var caller = callers.require();
        var definition = definitions.findByCode(form.code().strip()).map(existing -> {
            existing.apply(form);
            return existing;
        }).orElseGet(() -> definitions.save(new CertificationDefinition(form, clock.instant())));
        audit.record(AuditAction.CERTIFICATION_DEFINED, caller.username(), null, definition.code(), null);
        return definition.view();
    }

    /**
     * The caller passed the quiz {@code quizKey} having completed {@code completedCourses}: awards every
     * certification this earns. The full quiz earns it when all its courses are complete and the caller does not
     * hold it already; in the renewal window it (or the renewal quiz) renews it from the old expiry date.
     * Returns the first award made, if any.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<HeldCertification> recordQuizPassed(String quizKey, Set<String> completedCourses) {
        var caller = callers.require();
        var today = LocalDate.now(clock);
        HeldCertification first = null;
        for (var definition : definitions.findAll()) {
            var full = definition.quizKey().equals(quizKey);
            var renewal = quizKey.equals(definition.renewalQuizKey());
            if (!full && !renewal) {
                continue;
            }
            var latest = awards.findByUserIdAndDefinitionIdOrderByAwardedAtDescIdDesc(caller.userId().value(), definition.id())
                    .stream().filter(a -> a.status(today) != CertificationStatus.REVOKED).findFirst();
            var status = latest.map(a -> a.status(today));
            CertificationAward award;
            if (status.isPresent() && status.get() == CertificationStatus.EXPIRING) {
                var old = latest.get();
                award = award(definition, caller, old.expiresOn().plusMonths(definition.validityMonths()), old.id());
            } else if (full && completedCourses.containsAll(definition.view().courseCodes())
                    && (status.isEmpty() || status.get() == CertificationStatus.EXPIRED)) {
                award = award(definition, caller, today.plusMonths(definition.validityMonths()), null);
            } else {
                continue;
            }
            events.publishEvent(new CertificationAwarded(CertificationAwardId.of(award.id()), caller.organizationId(),
                    caller.userId(), definition.code()));
            if (first == null) {
                first = views.of(award, today);
            }
        }
        return Optional.ofNullable(first);
    }

    private CertificationAward award(CertificationDefinition definition, Caller caller, LocalDate expiresOn, @Nullable Long renewalOf) {
        var organization = caller.organization().orElseThrow();
        for (int attempt = 0; ; attempt++) {
            try {
                return awards.saveAndFlush(new CertificationAward(definition.id(), caller.userId().value(), organization.value(),
                        VerificationCodes.next(), LocalDate.now(clock), expiresOn, clock.instant(), renewalOf));
            } catch (DataIntegrityViolationException sameCodeTwice) {
                if (attempt == 2) {
                    throw sameCodeTwice;
                }
            }
        }
    }

    /** The caller's own awards, newest first: their full history. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public List<HeldCertification> mine() {
        return views.of(awards.findByUserIdOrderByAwardedAtDescIdDesc(callers.require().userId().value()), LocalDate.now(clock));
    }

    /** Every award of the caller's organization, newest first. */
    @PreAuthorize("hasRole('PARTNER_ADMIN')")
    @Transactional(readOnly = true)
    public List<HeldCertification> ofMyOrganization() {
        var organization = callers.require().organization().orElseThrow();
        return views.of(awards.findByOrganizationIdOrderByAwardedAtDescIdDesc(organization.value()), LocalDate.now(clock));
    }

    /** One award, if the caller may see it: its holder, the holder's partner administrators, staff. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<HeldCertification> find(CertificationAwardId id) {
        var caller = callers.require();
        return awards.findById(id.value()).filter(award -> mayRead(caller, award))
                .map(award -> views.of(award, LocalDate.now(clock)));
    }

    /** The Open Badges 2.0 assertion of an award the caller may see (see {@link #find}), for a profile or backpack. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> badge(CertificationAwardId id) {
        return find(id).map(held -> OpenBadges.assertion(baseUrl, held));
    }

    /** The staff list of all awards, filtered, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Page<HeldCertification> search(CertificationFilter filter, Pageable pageable) {
        var today = LocalDate.now(clock);
        var page = awards.findAll(query(filter, today), pageable.isUnpaged() ? Pageable.unpaged(NEWEST_FIRST)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST));
        return new PageImpl<>(views.of(page.getContent(), today), pageable, page.getTotalElements());
    }

    /** The filtered list as CSV (RFC 4180); cells that a spreadsheet would run as formulas are neutralized. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public String exportCsv(CertificationFilter filter) {
        var today = LocalDate.now(clock);
        var rows = views.of(awards.findAll(query(filter, today), NEWEST_FIRST), today);
        audit.recordRead(AuditAction.CERTIFICATIONS_EXPORTED, null, rows.size() + " awards");
        return CertificationCsv.write(rows);
    }

    /** Withdraws an award with a reason; the holder's organization's tier is evaluated again. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public HeldCertification revoke(CertificationAwardId id, String reason) {
        var caller = callers.require();
        var award = awards.findById(id.value()).orElseThrow(() -> new RuleViolation(CertificationError.NOT_FOUND));
        award.revoke(reason, caller.userId().value(), clock.instant());
        var definition = definitions.findById(award.definitionId()).orElseThrow();
        audit.record(AuditAction.CERTIFICATION_REVOKED, caller.username(), OrganizationId.of(award.organizationId()),
                definition.code() + " " + award.verificationCode() + ": " + reason.strip(), null);
        events.publishEvent(new CertificationEnded(id, OrganizationId.of(award.organizationId()), definition.code(),
                CertificationStatus.REVOKED));
        return views.of(award, LocalDate.now(clock));
    }

    /**
     * How many people of an organization (enabled accounts) hold a valid award of {@code certificationCode}.
     * Open to every caller because tier evaluation runs after commit without a signed-in person; it reveals a
     * number only to code that already has the organization's id.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int countHolders(OrganizationId organization, String certificationCode) {
        return (int) awards.countHolders(organization.value(), certificationCode, LocalDate.now(clock));
    }

    private org.springframework.data.jpa.domain.Specification<CertificationAward> query(CertificationFilter filter, LocalDate today) {
        var definition = filter.certificationCode() == null ? null
                : definitions.findByCode(filter.certificationCode()).map(CertificationDefinition::id).orElse(null);
        var holders = filter.holder() == null || filter.holder().isBlank() ? null : views.holdersMatching(filter.holder());
        return AwardQueries.matching(filter, definition, holders, today);
    }

    static boolean mayRead(Caller caller, CertificationAward award) {
        return caller.isStaff()
                || award.userId() == caller.userId().value()
                || (caller.role() == Role.PARTNER_ADMIN && caller.organizationId() != null
                && award.organizationId() == caller.organizationId().value());
    }
}
