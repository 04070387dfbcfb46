package dev.partnerportal.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All survey definitions. */
interface Surveys extends JpaRepository<Survey, Long> {

    List<Survey> findAllByOrderByTitleAsc();

    Optional<Survey> findFirstByDiscoveryTrue();
}
