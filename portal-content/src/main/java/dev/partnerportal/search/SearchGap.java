package dev.partnerportal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How often a query found nothing on one day. Nothing about who searched is kept. */
@Entity
@Table(name = "search_gap")
class SearchGap {

    static final int QUERY_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "query_text", nullable = false, length = QUERY_MAX_LENGTH)
    private String query;
    @Column(name = "search_day", nullable = false)
    private LocalDate day;
    @Column(nullable = false)
    private int searches;

    protected SearchGap() {
    }

    SearchGap(String query, LocalDate day) {
        this.query = query;
        this.day = day;
        this.searches = 1;
    }
}
