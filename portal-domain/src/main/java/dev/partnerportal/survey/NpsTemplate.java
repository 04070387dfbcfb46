package dev.partnerportal.survey;

import java.util.List;

/**
 * The standard partner NPS questionnaire in the portal's five languages (English, Arabic, Hungarian, Korean,
 * Vietnamese), as a starting point for the builder and for the demo survey.
 */
public final class NpsTemplate {

    private NpsTemplate() {
    }

    /** The survey's title and introduction. */
    public static SurveyTexts texts() {
        return SurveyTexts.english("Partner NPS")
                .with("en", null, "Five short questions about working with us. Your answers go to the channel team "
                        + "and shape next quarter's priorities.")
                .with("ar", "مؤشر رضا الشركاء", "خمسة أسئلة قصيرة عن تجربتك في العمل معنا. تصل إجاباتك إلى فريق "
                        + "القنوات وتساعدنا في تحديد أولويات الربع القادم.")
                .with("hu", "Partneri elégedettségi felmérés (NPS)", "Öt rövid kérdés a velünk való együttműködésről. "
                        + "Válaszait a csatornacsapat olvassa, és ezek alapján döntünk a következő negyedév prioritásairól.")
                .with("ko", "파트너 NPS 설문", "저희와의 협업에 관한 짧은 질문 다섯 개입니다. 답변은 채널 팀에 전달되어 "
                        + "다음 분기 우선순위를 정하는 데 반영됩니다.")
                .with("vi", "Khảo sát NPS dành cho đối tác", "Năm câu hỏi ngắn về trải nghiệm hợp tác với chúng tôi. "
                        + "Câu trả lời của bạn được chuyển đến đội ngũ kênh phân phối và giúp chúng tôi xác định ưu tiên cho quý tới.");
    }

    public static List<QuestionDraft> questions() {
        return List.of(
                QuestionDraft.of(QuestionKind.NPS, true,
                                "How likely are you to recommend our partner program to a peer?")
                        .translated("ar", "ما مدى احتمال أن توصي ببرنامج الشركاء لدينا لزميل؟")
                        .translated("hu", "Mennyire valószínű, hogy partnerprogramunkat ajánlaná egy kollégájának?")
                        .translated("ko", "저희 파트너 프로그램을 동료에게 추천하실 가능성은 어느 정도입니까?")
                        .translated("vi", "Bạn sẵn lòng giới thiệu chương trình đối tác của chúng tôi cho đồng nghiệp đến mức nào?"),
                QuestionDraft.of(QuestionKind.FREE_TEXT, false, "What would it take for you to score us higher?")
                        .translated("ar", "ما الذي يلزم لتمنحنا درجة أعلى؟")
                        .translated("hu", "Mi kellene ahhoz, hogy magasabb pontszámot adjon nekünk?")
                        .translated("ko", "더 높은 점수를 주시려면 무엇이 달라져야 할까요?")
                        .translated("vi", "Chúng tôi cần làm gì để bạn chấm điểm cao hơn?")
                        .shownWhen(1, 0, 8),
                QuestionDraft.of(QuestionKind.RATING, false, "How satisfied are you with our enablement material?")
                        .translated("ar", "ما مدى رضاك عن مواد التمكين لدينا؟")
                        .translated("hu", "Mennyire elégedett az értékesítést támogató anyagainkkal?")
                        .translated("ko", "영업 지원 자료에 얼마나 만족하십니까?")
                        .translated("vi", "Bạn hài lòng đến mức nào với tài liệu hỗ trợ bán hàng của chúng tôi?"),
                QuestionDraft.of(QuestionKind.MULTIPLE_CHOICE, false, "Where should we improve first?",
                                "Training", "Marketing funds", "Deal registration", "Technical support")
                        .translated("ar", "أين يجب أن نتحسن أولاً؟", "التدريب", "صناديق التسويق", "تسجيل الصفقات", "الدعم الفني")
                        .translated("hu", "Min javítsunk először?", "Képzések", "Marketingtámogatás", "Üzletregisztráció",
                                "Műszaki támogatás")
                        .translated("ko", "가장 먼저 개선해야 할 부분은 무엇입니까?", "교육", "마케팅 지원금", "딜 등록", "기술 지원")
                        .translated("vi", "Chúng tôi nên cải thiện điều gì trước tiên?", "Đào tạo", "Quỹ tiếp thị",
                                "Đăng ký cơ hội bán hàng", "Hỗ trợ kỹ thuật"),
                QuestionDraft.of(QuestionKind.YES_NO, false, "Would you join a partner advisory call?")
                        .translated("ar", "هل تنضم إلى مكالمة استشارية للشركاء؟")
                        .translated("hu", "Részt venne egy partnereknek szóló tanácsadói egyeztetésen?")
                        .translated("ko", "파트너 자문 회의에 참여하실 의향이 있으십니까?")
                        .translated("vi", "Bạn có muốn tham gia cuộc họp tư vấn dành cho đối tác không?"));
    }
}
