package dev.partnerportal.survey;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.onboarding.OnboardingActivity;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.Sha256;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects answers: from signed-in partners whose organization is in a wave's audience, and from holders of
 * a personal link. Drafts can be saved until the wave closes; a submitted response is final. A partner sees
 * only their own response; another organization's wave looks as if it did not exist. A person answers a wave
 * once whichever way they come: a link whose address has an account answers as that account.
 */
@Service
public class SurveyCollection {

    private final SurveyWaves waves;
    private final SurveyResponses responses;
    private final SurveyInvitations invitations;
    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SurveyCollection(SurveyWaves waves, SurveyResponses responses, SurveyInvitations invitations,
                     PartnerRegistry organizations, UserAccounts users, CallerContext callers,
                     ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.waves = waves;
        this.responses = responses;
        this.invitations = invitations;
        this.organizations = organizations;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The open waves the caller's organization is asked to answer, with the caller's progress. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public List<OpenSurvey> openForMe() {
        var me = partner();
        var now = clock.instant();
        var open = waves.findOpenAt(now).stream().filter(wave -> wave.includes(me.organization())).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        // Read the caller's invitations and responses for all open waves at once, not wave by wave: the partner home
        // lists these on every visit.
        var waveIds = open.stream().map(wave -> wave.id().value()).toList();
        var invited = new HashMap<Long, SurveyInvitation>();
        invitations.findByWaveIdInAndEmail(waveIds, me.email).forEach(i -> invited.putIfAbsent(i.getWaveId(), i));
        var respondents = new HashMap<Long, Respondent>();
        var keys = new HashSet<String>();
        for (var wave : open) {
            var respondent = me.respondent(Optional.ofNullable(invited.get(wave.id().value())));
            respondents.put(wave.id().value(), respondent);
            keys.add(wave.respondentKey(respondent.person()));
            if (respondent.alias() != null) {
                keys.add(wave.respondentKey(respondent.alias()));
            }
        }
        var given = new HashMap<String, SurveyResponse>();
        responses.findByWaveIdInAndRespondentKeyIn(waveIds, keys)
                .forEach(r -> given.put(r.getWaveId() + "/" + r.getRespondentKey(), r));
        return open.stream().map(wave -> {
            var respondent = respondents.get(wave.id().value());
            var response = find(wave, respondent, key -> Optional.ofNullable(given.get(wave.id().value() + "/" + key)));
            return new OpenSurvey(wave.summary(now), stateOf(response), wave.getSurvey().definition().titles(), me.language());
        }).toList();
    }

    /**
     * The caller's form for a wave their organization is asked: editable while open, read-only with their own
     * answers afterwards. Empty for waves not addressed to the caller's organization, or closed without an answer.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<SurveyForm> form(WaveId id) {
        var me = partner();
        return waves.findById(id.value()).filter(wave -> wave.includes(me.organization()))
                .flatMap(wave -> formOf(wave, me.respondent(wave), me.language(), true));
    }

    /** Saves the caller's answers as a draft to finish later. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    public void saveDraft(WaveId id, Map<Long, Answer> answers) {
        write(() -> partnerTarget(id), answers, false);
    }

    /** Submits the caller's response; it is final afterwards. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    public void submit(WaveId id, Map<Long, Answer> answers) {
        write(() -> partnerTarget(id), answers, true);
    }

    /**
     * The form behind a personal link. Open to anonymous callers because the token is the credential; empty
     * for unknown tokens and once the wave has closed.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<SurveyForm> formByLink(String token) {
        return linkTarget(token).flatMap(target -> formOf(target.wave(), target.respondent(), target.language(), false));
    }

    /** Saves a draft through a personal link (anonymous: the token is the credential). */
    @PreAuthorize("permitAll()")
    public void saveDraftByLink(String token, Map<Long, Answer> answers) {
        write(() -> linkTarget(token).orElseThrow(SurveyNotFoundException::new), answers, false);
    }

    /** Submits through a personal link (anonymous: the token is the credential); works once per link. */
    @PreAuthorize("permitAll()")
    public void submitByLink(String token, Map<Long, Answer> answers) {
        write(() -> linkTarget(token).orElseThrow(SurveyNotFoundException::new), answers, true);
    }

    /** Whose response a write goes to; {@code language} is the respondent's stored portal language, if any. */
    private record Target(SurveyWave wave, Respondent respondent, @Nullable Locale language) {
    }

    private final class Partner {

        private final OrganizationSummary organization;
        private final long userId;
        private final String email;
        private final @Nullable Locale language;

        Partner(OrganizationSummary organization, long userId, String email, @Nullable Locale language) {
            this.organization = organization;
            this.userId = userId;
            this.email = email;
            this.language = language;
        }

        @Nullable Locale language() {
            return language;
        }

        OrganizationSummary organization() {
            return organization;
        }

        /** The caller in a wave; if they were also sent a link to it, a response given through the link is theirs. */
        Respondent respondent(SurveyWave wave) {
            return respondent(invitations.findByWaveIdAndEmail(wave.id().value(), email));
        }

        /** The caller in a wave whose invitation to them, if any, has been read already. */
        Respondent respondent(Optional<SurveyInvitation> invitation) {
            return new Respondent("user:" + userId, invitation.map(i -> "invitation:" + i.getId()).orElse(null), userId,
                    null, organization.id(), organization.tierCode(), organization.region());
        }
    }

    private Partner partner() {
        var caller = callers.require();
        var organization = organizations.find(caller.organization().orElseThrow()).orElseThrow();
        var language = users.find(caller.userId()).map(UserAccount::preferredLocale).flatMap(PortalLanguages::match)
                .map(Locale::forLanguageTag).orElse(null);
        return new Partner(organization, caller.userId().value(), EmailAddresses.loginKey(caller.username()), language);
    }

    private Target partnerTarget(WaveId id) {
        var me = partner();
        var wave = waves.findById(id.value()).filter(w -> w.includes(me.organization()))
                .orElseThrow(SurveyNotFoundException::new);
        return new Target(wave, me.respondent(wave), me.language());
    }

    private Optional<Target> linkTarget(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return invitations.findByTokenHash(Sha256.hex(token)).flatMap(invitation -> waves.findById(invitation.getWaveId())
                .filter(wave -> wave.isOpenAt(now))
                .map(wave -> {
                    var organization = invitation.getOrganizationId() == null ? null
                            : organizations.find(new OrganizationId(invitation.getOrganizationId())).orElse(null);
                    // The invitee's account, if their address has one, so the portal and the link share one response.
                    var user = users.findByEmail(invitation.getEmail());
                    var account = user.map(u -> u.id().value());
                    var language = user.map(UserAccount::preferredLocale).flatMap(PortalLanguages::match)
                            .or(() -> PortalLanguages.match(invitation.getLanguage()))
                            .map(Locale::forLanguageTag).orElse(null);
                    var link = "invitation:" + invitation.getId();
                    return new Target(wave, new Respondent(account.map(a -> "user:" + a).orElse(link),
                            account.isPresent() ? link : null, account.orElse(null), invitation.getId(),
                            invitation.getOrganizationId(), organization == null ? null : organization.tierCode(),
                            organization == null ? null : organization.region()), language);
                }));
    }

    private Optional<SurveyResponse> find(SurveyWave wave, Respondent respondent) {
        return find(wave, respondent, key -> responses.findByWaveIdAndRespondentKey(wave.id().value(), key));
    }

    /** The respondent's response under their own key, else under their link's key (the alias), looked up by key. */
    private static Optional<SurveyResponse> find(SurveyWave wave, Respondent respondent,
                                                 java.util.function.Function<String, Optional<SurveyResponse>> byKey) {
        var found = byKey.apply(wave.respondentKey(respondent.person()));
        if (found.isPresent() || respondent.alias() == null) {
            return found;
        }
        return byKey.apply(wave.respondentKey(respondent.alias()));
    }

    private static ResponseState stateOf(Optional<SurveyResponse> response) {
        return response.map(r -> r.isSubmitted() ? ResponseState.SUBMITTED : ResponseState.DRAFT)
                .orElse(ResponseState.NOT_STARTED);
    }

    private Optional<SurveyForm> formOf(SurveyWave wave, Respondent respondent, @Nullable Locale language,
                                        boolean showAfterClose) {
        var now = clock.instant();
        if (now.isBefore(wave.getOpensAt())) {
            return Optional.empty();
        }
        var response = find(wave, respondent);
        boolean open = wave.isOpenAt(now);
        if (!open && (!showAfterClose || response.isEmpty())) {
            return Optional.empty();
        }
        var definition = wave.getSurvey().definition();
        var answers = response.map(r -> r.answers(kinds(definition))).orElse(Map.of());
        var state = stateOf(response);
        return Optional.of(new SurveyForm(wave.summary(now), definition, answers, state,
                open && state != ResponseState.SUBMITTED, language));
    }

    static Map<Long, QuestionKind> kinds(SurveyDefinition definition) {
        var kinds = new HashMap<Long, QuestionKind>();
        definition.questions().forEach(q -> kinds.put(q.id(), q.kind()));
        return kinds;
    }

    /**
     * Writes in a transaction of its own. Two writes for the same person racing to create the response
     * collide on the unique key; the loser retries once and then sees the winner's row (a draft to update, or
     * a submitted response, which ends in {@link AlreadyAnsweredException}).
     */
    private void write(java.util.function.Supplier<Target> target, Map<Long, Answer> answers, boolean submitting) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> writeOnce(target.get(), answers, submitting));
                return;
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                if (attempt == 2) {
                    throw new AlreadyAnsweredException();
                }
            }
        }
    }

    private void writeOnce(Target target, Map<Long, Answer> given, boolean submitting) {
        var wave = target.wave();
        var now = clock.instant();
        if (!wave.isOpenAt(now)) {
            throw new SurveyClosedException();
        }
        var definition = wave.getSurvey().definition();
        var answers = AnswerRules.check(definition, given, submitting);
        var response = find(wave, target.respondent()).orElseGet(() -> new SurveyResponse(wave.id().value(),
                wave.respondentKey(target.respondent().person()), target.respondent(), wave.isAnonymous(), now));
        response.replaceAnswers(answers);
        if (submitting) {
            response.submit(now);
        }
        responses.saveAndFlush(response);
        if (submitting) {
            events.publishEvent(new SurveyResponseSubmitted(response.getId(), wave.id(), response.getOrganizationId(),
                    AnswerRules.npsScore(definition, answers), !wave.isAnonymous()));
            // Only attributed waves: the step's completion time would tie an anonymous answer to its organization.
            if (wave.getSurvey().isDiscovery() && !wave.isAnonymous() && response.getOrganizationId() != null) {
                events.publishEvent(OnboardingActivity.discoverySurveyAnswered(new OrganizationId(response.getOrganizationId())));
            }
        }
    }
}
