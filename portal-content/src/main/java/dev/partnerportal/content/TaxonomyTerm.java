package dev.partnerportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One allowed value of a managed taxonomy (an industry, a product or a region). */
@Entity
@Table(name = "content_taxonomy_term")
class TaxonomyTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Taxonomy kind;
    @Column(nullable = false, length = Terms.TERM_MAX_LENGTH)
    private String term;

    protected TaxonomyTerm() {
    }

    TaxonomyTerm(Taxonomy kind, String term) {
        this.kind = kind;
        this.term = term;
    }

    Taxonomy kind() { return kind; }
    String term() { return term; }
}
