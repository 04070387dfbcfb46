package dev.partnerportal.survey;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds surveys, plans their waves and invites people without a login. For channel managers and administrators. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
public class SurveyDesigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Surveys surveys;
    private final SurveyWaves waves;
    private final SurveyInvitations invitations;
    private final PartnerRegistry organizations;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;
    private final AuditTrail audit;

    SurveyDesigner(Surveys surveys, SurveyWaves waves, SurveyInvitations invitations, PartnerRegistry organizations,
                   Mailer mailer, Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
                   AuditTrail audit) {
        this.audit = audit;
        this.surveys = surveys;
        this.waves = waves;
        this.invitations = invitations;
        this.organizations = organizations;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Saves a new survey with its questions in order; follow-ups refer to earlier questions by ordinal (1-based). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public SurveyId createSurvey(String title, List<QuestionDraft> questions) {
        return surveys.save(new Survey(title, questions, clock.instant())).id();
    }

    /** Every survey, by title. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<SurveyDefinition> surveys() {
        return surveys.findAllByOrderByTitleAsc().stream().map(Survey::definition).toList();
    }

    /** One survey with its questions. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Optional<SurveyDefinition> survey(SurveyId id) {
        return surveys.findById(id.value()).map(Survey::definition);
    }

    /** Plans a wave of a survey; partners in its audience see it while it is open. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public WaveId planWave(WaveDraft draft) {
        var survey = surveys.findById(draft.survey().value()).orElseThrow(SurveyNotFoundException::new);
        return waves.save(new SurveyWave(survey, draft, clock.instant())).id();
    }

    /** A page of all waves. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Page<WaveSummary> waves(Pageable pageable) {
        var now = clock.instant();
        var sorted = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "opensAt"));
        return waves.findPage(sorted).map(w -> w.summary(now));
    }

    /** One wave. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Optional<WaveSummary> wave(WaveId id) {
        return waves.findById(id.value()).map(w -> w.summary(clock.instant()));
    }

    /**
     * Mails a personal link to the wave to someone without a login. The token is random, only its hash is
     * kept, and it answers for this one person only. Returns the token for callers that show it once.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public String invite(WaveId waveId, String email, @Nullable OrganizationId organization) {
        var wave = waves.findById(waveId.value()).orElseThrow(SurveyNotFoundException::new);
        if (!clock.instant().isBefore(wave.getClosesAt())) {
            throw new SurveyClosedException();
        }
        var normalized = EmailAddresses.normalize(email);
        if (invitations.existsByWaveIdAndEmail(waveId.value(), normalized)) {
            throw new RuleViolation(SurveyError.ALREADY_INVITED);
        }
        if (organization != null && !organizations.exists(organization)) {
            throw new RuleViolation(SurveyError.UNKNOWN_ORGANIZATION);
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        invitations.save(new SurveyInvitation(waveId.value(), normalized,
                organization == null ? null : organization.value(), Sha256.hex(token), clock.instant()));
        mailer.queue(normalized, "Your feedback: " + wave.getSurvey().getTitle(), """
                Hello,

                we would value your feedback in our survey "%s" (%s).
                Your personal link, open until %s:

                %s/survey-link/%s

                The link is for you only. You can save your answers and finish later.
                """.formatted(wave.getSurvey().getTitle(), wave.getName(), wave.getClosesAt(), baseUrl, token));
        audit.recordChange(AuditAction.SURVEY_INVITATION_SENT, organization, normalized + " to wave " + waveId.value());
        return token;
    }

    /**
     * Makes a survey the program's discovery survey; the one marked before stops being it. Answering it in an
     * attributed wave completes the "discovery survey" step of the answering organization's onboarding journey.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void markDiscovery(SurveyId id) {
        var survey = surveys.findById(id.value()).orElseThrow(SurveyNotFoundException::new);
        if (survey.isDiscovery()) {
            return;
        }
        surveys.findFirstByDiscoveryTrue().ifPresent(previous -> previous.markDiscovery(false));
        survey.markDiscovery(true);
        audit.recordChange(AuditAction.SURVEY_MARKED_AS_DISCOVERY, null, survey.getTitle());
    }

    /** The program's discovery survey, if one is marked. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Optional<SurveyId> discoverySurvey() {
        return surveys.findFirstByDiscoveryTrue().map(Survey::id);
    }
}
