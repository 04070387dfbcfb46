package dev.partnerportal.survey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All responses, drafts and submitted. */
interface SurveyResponses extends JpaRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findByWaveIdAndRespondentKey(long waveId, String respondentKey);

    /** The responses of these waves under any of these keys: one person's responses in several waves at once. */
    List<SurveyResponse> findByWaveIdInAndRespondentKeyIn(Collection<Long> waveIds, Collection<String> respondentKeys);

    @Query("select distinct r from SurveyResponse r left join fetch r.answers where r.waveId = :waveId and r.status = 'SUBMITTED'")
    List<SurveyResponse> findSubmitted(long waveId);

    @Query("select count(r) from SurveyResponse r where r.waveId = :waveId and r.status = 'SUBMITTED'")
    long countSubmitted(long waveId);

    /**
     * Organization id and how many attributed (not anonymous) waves it submitted at least one response in since a
     * time, for those of these organizations that answered any.
     */
    @Query("""
            select r.organizationId, count(distinct r.waveId) from SurveyResponse r, SurveyWave w
            where w.id = r.waveId and w.anonymous = false and r.organizationId in :organizations
              and r.status = 'SUBMITTED' and r.submittedAt >= :since
            group by r.organizationId""")
    List<Object[]> countAttributedWavesAnswered(Collection<Long> organizations, Instant since);

    /**
     * Organization id and NPS answer, for each of these organizations' NPS answers in attributed waves since a time;
     * anonymous waves never count.
     */
    @Query("""
            select r.organizationId, a.numberValue from SurveyAnswer a join a.response r, SurveyWave w, SurveyQuestion q
            where w.id = r.waveId and q.id = a.questionId and q.kind = dev.partnerportal.survey.QuestionKind.NPS
              and w.anonymous = false and r.organizationId in :organizations and r.status = 'SUBMITTED'
              and r.submittedAt >= :since and a.numberValue is not null""")
    List<Object[]> attributedNpsAnswers(Collection<Long> organizations, Instant since);

    /** Submitted responses of these organizations in attributed (not anonymous) waves; anonymous waves never count. */
    @Query("""
            select distinct r from SurveyResponse r left join fetch r.answers
            where r.status = 'SUBMITTED' and r.organizationId in :organizations
              and r.waveId in (select w.id from SurveyWave w where w.anonymous = false)""")
    List<SurveyResponse> findSubmittedInAttributedWaves(Collection<Long> organizations);
}
