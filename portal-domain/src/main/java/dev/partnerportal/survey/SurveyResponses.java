package dev.partnerportal.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All responses, drafts and submitted. */
interface SurveyResponses extends JpaRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findByWaveIdAndRespondentKey(long waveId, String respondentKey);

    @Query("select distinct r from SurveyResponse r left join fetch r.answers where r.waveId = :waveId and r.status = 'SUBMITTED'")
    List<SurveyResponse> findSubmitted(long waveId);

    @Query("select count(r) from SurveyResponse r where r.waveId = :waveId and r.status = 'SUBMITTED'")
    long countSubmitted(long waveId);
}
