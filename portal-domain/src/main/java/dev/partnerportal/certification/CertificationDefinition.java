package dev.partnerportal.certification;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What earns a certification and for how long. Course codes are stored as {@code |a|b|}, like content terms. */
@Entity
@Table(name = "certification_definition")
class CertificationDefinition {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = Certification.CODE_MAX_LENGTH)
    private String code;
    @Column(nullable = false, length = Certification.NAME_MAX_LENGTH)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificationLevel level;
    @Column(name = "course_codes", nullable = false, length = 500)
    private String courseCodes;
    @Column(name = "quiz_key", nullable = false, length = 60)
    private String quizKey;
    @Column(name = "renewal_quiz_key", length = 60)
    private @Nullable String renewalQuizKey;
    @Column(name = "validity_months", nullable = false)
    private int validityMonths;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CertificationDefinition() {
    }

    CertificationDefinition(DefinitionForm form, Instant now) {
        this.code = key(form.code());
        this.createdAt = now;
        apply(form);
    }

    /** Changes everything but the code, which awards and tier rules refer to. */
    void apply(DefinitionForm form) {
        if (form.name().isBlank() || form.name().strip().length() > Certification.NAME_MAX_LENGTH) {
            throw new RuleViolation(CertificationError.NAME_LENGTH, Certification.NAME_MAX_LENGTH);
        }
        if (form.validityMonths() < 1 || form.validityMonths() > Certification.MAX_VALIDITY_MONTHS) {
            throw new RuleViolation(CertificationError.VALIDITY_RANGE, Certification.MAX_VALIDITY_MONTHS);
        }
        if (form.courseCodes().isEmpty()) {
            throw new RuleViolation(CertificationError.COURSE_REQUIRED);
        }
        var courses = form.courseCodes().stream().map(c -> key(c)).distinct().toList();
        var encoded = "|" + String.join("|", courses) + "|";
        if (encoded.length() > 500) {
            throw new RuleViolation(CertificationError.TOO_MANY_COURSES);
        }
        this.name = form.name().strip();
        this.level = form.level();
        this.courseCodes = encoded;
        this.quizKey = key(form.quizKey());
        var renewal = form.renewalQuizKey();
        this.renewalQuizKey = renewal == null || renewal.isBlank() ? null : key(renewal);
        this.validityMonths = form.validityMonths();
    }

    private static String key(String value) {
        var stripped = value.strip();
        if (!KEY.matcher(stripped).matches()) {
            throw new RuleViolation(CertificationError.KEY_FORMAT, stripped, Certification.CODE_MAX_LENGTH);
        }
        return stripped;
    }

    Certification view() {
        List<String> courses = Arrays.stream(courseCodes.split("\\|")).filter(s -> !s.isEmpty()).toList();
        return new Certification(id, code, name, level, courses, quizKey, renewalQuizKey, validityMonths);
    }

    Long id() { return id; }
    String code() { return code; }
    String quizKey() { return quizKey; }
    @Nullable String renewalQuizKey() { return renewalQuizKey; }
    int validityMonths() { return validityMonths; }
}
