package dev.partnerportal.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningPaths extends JpaRepository<LearningPath, Long> {

    Optional<LearningPath> findByCode(String code);

    /** The catalog: live paths in the order editors set. */
    List<LearningPath> findByRetiredAtIsNullOrderByCatalogPositionAscTitleAsc();
}
