package dev.partnerportal.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The allowed values of every managed taxonomy. */
interface TaxonomyTerms extends JpaRepository<TaxonomyTerm, Long> {

    List<TaxonomyTerm> findByKindOrderByTerm(Taxonomy kind);
}
