package dev.partnerportal.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationDefinitions extends JpaRepository<CertificationDefinition, Long> {

    Optional<CertificationDefinition> findByCode(String code);

    List<CertificationDefinition> findAllByOrderByName();
}
