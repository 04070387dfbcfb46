package dev.partnerportal.survey;

import java.util.List;

/** The standard partner NPS questionnaire in English and Arabic, as a starting point for the builder. */
public final class NpsTemplate {

    private NpsTemplate() {
    }

    public static List<QuestionDraft> questions() {
        return List.of(
                QuestionDraft.of(QuestionKind.NPS, true,
                                "How likely are you to recommend our partner program to a peer?")
                        .translated("ar", "ما مدى احتمال أن توصي ببرنامج الشركاء لدينا لزميل؟"),
                QuestionDraft.of(QuestionKind.FREE_TEXT, false, "What would it take for you to score us higher?")
                        .translated("ar", "ما الذي يلزم لتمنحنا درجة أعلى؟")
                        .shownWhen(1, 0, 8),
                QuestionDraft.of(QuestionKind.RATING, false, "How satisfied are you with our enablement material?")
                        .translated("ar", "ما مدى رضاك عن مواد التمكين لدينا؟"),
                QuestionDraft.of(QuestionKind.MULTIPLE_CHOICE, false, "Where should we improve first?",
                                "Training", "Marketing funds", "Deal registration", "Technical support")
                        .translated("ar", "أين يجب أن نتحسن أولاً؟", "التدريب", "صناديق التسويق", "تسجيل الصفقات", "الدعم الفني"),
                QuestionDraft.of(QuestionKind.YES_NO, false, "Would you join a partner advisory call?")
                        .translated("ar", "هل تنضم إلى مكالمة استشارية للشركاء؟"));
    }
}
