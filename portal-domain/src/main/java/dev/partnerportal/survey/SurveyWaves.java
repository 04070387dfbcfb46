package dev.partnerportal.survey;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All waves of all surveys. */
interface SurveyWaves extends JpaRepository<SurveyWave, Long> {

    @Query("select w from SurveyWave w join fetch w.survey where w.opensAt <= :now and w.closesAt > :now order by w.closesAt")
    List<SurveyWave> findOpenAt(Instant now);

    @Query("select w from SurveyWave w where w.announcePending = true and w.opensAt <= :now and w.closesAt > :now")
    List<SurveyWave> findToAnnounceAt(Instant now);

    /** Takes a pending announcement; 1 for the one run that wins it, 0 when it was taken. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update SurveyWave w set w.announcePending = false where w.id = :id and w.announcePending = true")
    int claimAnnouncement(long id);

    @Query("select w from SurveyWave w where w.survey.id = :surveyId order by w.opensAt")
    List<SurveyWave> findBySurvey(long surveyId);

    @Query(value = "select w from SurveyWave w", countQuery = "select count(w) from SurveyWave w")
    Page<SurveyWave> findPage(Pageable pageable);

    /** Attributed (not anonymous) waves that opened between two times, with their audience (one statement). */
    @Query("select distinct w from SurveyWave w left join fetch w.audience "
            + "where w.anonymous = false and w.opensAt >= :since and w.opensAt < :until")
    List<SurveyWave> findAttributedOpenedBetween(Instant since, Instant until);
}
