package dev.partnerportal.survey;

import java.util.Collection;
import java.util.List;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tokenized links, found by the hash of their token. */
interface SurveyInvitations extends JpaRepository<SurveyInvitation, Long> {

    Optional<SurveyInvitation> findByTokenHash(String tokenHash);

    boolean existsByWaveIdAndEmail(long waveId, String email);

    Optional<SurveyInvitation> findByWaveIdAndEmail(long waveId, String email);

    List<SurveyInvitation> findByWaveIdInAndEmail(Collection<Long> waveIds, String email);
}
