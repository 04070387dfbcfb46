package dev.partnerportal.survey;

import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.shared.Sha256;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/** One run of a survey (Q1, Q2, ...): open from {@code opensAt} until just before {@code closesAt}. */
@Entity
@Table(name = "survey_wave")
class SurveyWave {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    private Survey survey;

    @Column(nullable = false, length = WaveDraft.NAME_MAX_LENGTH)
    private String name;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(nullable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false, length = 20)
    private AudienceKind audienceKind;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "survey_wave_audience", joinColumns = @JoinColumn(name = "wave_id"))
    @Column(name = "audience_value", nullable = false, length = WaveDraft.AUDIENCE_VALUE_MAX_LENGTH)
    private Set<String> audience = new HashSet<>();

    /** Random per wave, so that respondent keys of one wave say nothing about another's. */
    @Column(name = "respondent_salt", nullable = false, length = 64)
    private String respondentSalt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** True while a wave planned to open later has not been announced to its audience's people. */
    @Column(name = "announce_pending", nullable = false)
    private boolean announcePending;

    protected SurveyWave() {
    }

    SurveyWave(Survey survey, WaveDraft draft, Instant createdAt) {
        this.survey = survey;
        this.name = draft.name();
        this.opensAt = draft.opensAt();
        this.closesAt = draft.closesAt();
        this.anonymous = draft.anonymous();
        this.audienceKind = draft.audienceKind();
        this.audience.addAll(draft.audience());
        var salt = new byte[32];
        RANDOM.nextBytes(salt);
        this.respondentSalt = HexFormat.of().formatHex(salt);
        this.createdAt = createdAt;
        this.announcePending = opensAt.isAfter(createdAt);
    }

    WaveId id() {
        return new WaveId(Objects.requireNonNull(id, "not yet persisted"));
    }

    Survey getSurvey() {
        return survey;
    }

    String getName() {
        return name;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    boolean isAnonymous() {
        return anonymous;
    }

    boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** True when the organization belongs to this wave's audience. */
    boolean includes(OrganizationSummary organization) {
        return switch (audienceKind) {
            case ALL -> true;
            case TIERS -> audience.contains(organization.tierCode());
            case REGIONS -> audience.contains(organization.region());
            case ORGANIZATIONS -> audience.contains(Long.toString(organization.id()));
        };
    }

    /** The pseudonymous key of a person in this wave: the same person always gets the same key. */
    String respondentKey(String person) {
        return Sha256.hex(respondentSalt + ":" + person);
    }

    WaveSummary summary(Instant now) {
        var status = now.isBefore(opensAt) ? WaveSummary.Status.SCHEDULED
                : isOpenAt(now) ? WaveSummary.Status.OPEN : WaveSummary.Status.CLOSED;
        return new WaveSummary(id(), survey.id(), survey.getTitle(), name, opensAt, closesAt, anonymous,
                audienceKind, Set.copyOf(audience), status);
    }
}
