package dev.partnerportal.certification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A certification that can be earned: by completing {@code courseCodes} and passing the quiz {@code quizKey};
 * valid for {@code validityMonths}; holders in the renewal window renew by passing {@code renewalQuizKey}
 * (or the full quiz when there is no renewal quiz).
 */
public record Certification(long id, String code, String name, CertificationLevel level, List<String> courseCodes,
                            String quizKey, @Nullable String renewalQuizKey, int validityMonths) {

    public static final int CODE_MAX_LENGTH = 60;
    public static final int NAME_MAX_LENGTH = 160;
    public static final int MAX_VALIDITY_MONTHS = 60;
    /** The longest reason for revoking an award. */
    public static final int REASON_MAX_LENGTH = 500;

    /** The quiz a holder takes to renew. */
    public String renewalQuiz() {
        return renewalQuizKey == null ? quizKey : renewalQuizKey;
    }
}
