package dev.partnerportal.training;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** What a course and a learning path are both mapped with: a stable code other features name, a title and a summary. */
@MappedSuperclass
abstract class CatalogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = Codes.MAX_LENGTH)
    private String code;
    @Column(nullable = false, length = CourseForm.TITLE_MAX_LENGTH)
    private String title;
    @Column(nullable = false, length = CourseForm.SUMMARY_MAX_LENGTH)
    private String summary;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CatalogEntry() {
    }

    CatalogEntry(String code, Instant createdAt) {
        this.code = code;
        this.createdAt = createdAt;
    }

    /** Sets the title and summary, both already checked and stripped. */
    final void describe(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    Long id() { return id; }
    String code() { return code; }
    String title() { return title; }
    String summary() { return summary; }
}
