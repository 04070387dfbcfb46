package dev.partnerportal.certification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What staff enter to define (or redefine) a certification; see {@link Certification}. */
public record DefinitionForm(String code, String name, CertificationLevel level, List<String> courseCodes,
                             String quizKey, @Nullable String renewalQuizKey, int validityMonths) {
}
