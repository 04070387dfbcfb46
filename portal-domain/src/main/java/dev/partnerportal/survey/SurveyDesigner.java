package dev.partnerportal.survey;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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
    private final UserAccounts users;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;
    private final AuditTrail audit;
    private final Notify notify;
    private final WaveAnnouncements announcements;

    SurveyDesigner(Surveys surveys, SurveyWaves waves, SurveyInvitations invitations, PartnerRegistry organizations,
                   UserAccounts users, Mailer mailer, Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
                   AuditTrail audit, Notify notify, WaveAnnouncements announcements) {
        this.audit = audit;
        this.notify = notify;
        this.announcements = announcements;
        this.surveys = surveys;
        this.waves = waves;
        this.invitations = invitations;
        this.organizations = organizations;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Saves a new survey with its questions in order; follow-ups refer to earlier questions by ordinal (1-based). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public SurveyId createSurvey(String title, List<QuestionDraft> questions) {
        return createSurvey(SurveyTexts.english(title), questions);
    }

    /** Saves a new survey with its title and introduction in each language given (English required). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public SurveyId createSurvey(SurveyTexts texts, List<QuestionDraft> questions) {
        return surveys.save(new Survey(texts, questions, clock.instant())).id();
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
        var wave = waves.save(new SurveyWave(survey, draft, clock.instant()));
        if (wave.isOpenAt(clock.instant())) {
            announcements.announce(wave);
        }
        return wave.id();
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
        return invite(waveId, email, organization, null);
    }

    /**
     * Mails a personal link as {@link #invite(WaveId, String, OrganizationId)} does, for a recipient who reads
     * {@code language}. When the address has an account, the account's own language wins, for the mail and
     * for the survey behind the link; without either the survey follows the recipient's browser and the mail
     * is in English.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public String invite(WaveId waveId, String email, @Nullable OrganizationId organization, @Nullable Locale language) {
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
        var chosen = PortalLanguages.match(language).orElse(null);
        invitations.save(new SurveyInvitation(waveId.value(), normalized,
                organization == null ? null : organization.value(), Sha256.hex(token), chosen, clock.instant()));
        var reader = users.findByEmail(normalized).map(UserAccount::preferredLocale)
                .filter(preferred -> PortalLanguages.match(preferred).isPresent())
                .orElse(chosen == null ? null : Locale.forLanguageTag(chosen));
        var formatting = PortalLanguages.formatting(reader);
        var closes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(formatting)
                .withZone(ZoneOffset.UTC).format(wave.getClosesAt()) + " (UTC)";
        mailer.queueTemplate(normalized, reader, "surveyInvitation",
                wave.getSurvey().definition().title(PortalLanguages.resolve(reader)), wave.getName(), closes,
                baseUrl + "/survey-link/" + token);
        audit.recordChange(AuditAction.SURVEY_INVITATION_SENT, organization, normalized + " to wave " + waveId.value());
        // A person with a login also finds the invitation in their notification centre.
        users.findByEmail(normalized).ifPresent(account -> notify.person(account.id(), NotificationKind.SURVEY_INVITATION,
                wave.getSurvey().definition().title(PortalLanguages.resolve(account.preferredLocale())),
                "/surveys/answer/" + waveId.value()));
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
