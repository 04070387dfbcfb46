package dev.partnerportal.survey;

import java.util.List;

/**
 * The demo discovery survey a channel manager sends a new partner before onboarding, in the portal's five
 * languages: what they sell, how many people will sell, how ready they are (with a follow-up when not ready)
 * and whether they want a kickoff call.
 */
final class DiscoveryTemplate {

    private DiscoveryTemplate() {
    }

    static SurveyTexts texts() {
        return SurveyTexts.english("Partner discovery")
                .with("en", null, "Before onboarding starts, tell us how your business works so your partner manager "
                        + "can plan the first 90 days with you.")
                .with("ar", "استبيان التعرّف على الشريك", "قبل بدء التأهيل، أخبرنا كيف يعمل نشاطكم التجاري ليتمكن مدير "
                        + "الشراكة من التخطيط معكم للأيام التسعين الأولى.")
                .with("hu", "Partnerfelmérés az indulás előtt", "Mielőtt elkezdjük a bevezetést, mondja el, hogyan működik "
                        + "a vállalkozásuk, hogy partnermenedzsere Önnel együtt tervezhesse meg az első 90 napot.")
                .with("ko", "파트너 사전 파악 설문", "온보딩을 시작하기 전에 귀사의 사업 방식을 알려 주시면 파트너 매니저가 "
                        + "첫 90일 계획을 함께 세우겠습니다.")
                .with("vi", "Khảo sát tìm hiểu đối tác", "Trước khi bắt đầu quá trình hội nhập, hãy cho chúng tôi biết "
                        + "doanh nghiệp của bạn vận hành ra sao để người quản lý đối tác cùng bạn lên kế hoạch cho 90 ngày đầu tiên.");
    }

    static List<QuestionDraft> questions() {
        return List.of(
                QuestionDraft.of(QuestionKind.SINGLE_CHOICE, true, "What does your company mainly sell?",
                                "Software licences", "Managed services", "Consulting and integration", "Hardware")
                        .translated("ar", "ما الذي تبيعه شركتكم بشكل رئيسي؟",
                                "تراخيص البرمجيات", "الخدمات المُدارة", "الاستشارات والتكامل", "الأجهزة")
                        .translated("hu", "Mit értékesít elsősorban a cégük?",
                                "Szoftverlicencek", "Menedzselt szolgáltatások", "Tanácsadás és integráció", "Hardver")
                        .translated("ko", "귀사의 주력 판매 품목은 무엇입니까?",
                                "소프트웨어 라이선스", "매니지드 서비스", "컨설팅 및 통합", "하드웨어")
                        .translated("vi", "Công ty bạn chủ yếu kinh doanh gì?",
                                "Giấy phép phần mềm", "Dịch vụ được quản lý", "Tư vấn và tích hợp", "Phần cứng"),
                QuestionDraft.of(QuestionKind.SINGLE_CHOICE, true, "How many of your people will sell our products?",
                                "1–5", "6–20", "21–50", "More than 50")
                        .translated("ar", "كم عدد موظفيكم الذين سيبيعون منتجاتنا؟", "1–5", "6–20", "21–50", "أكثر من 50")
                        .translated("hu", "Hány munkatársuk fogja értékesíteni a termékeinket?", "1–5", "6–20", "21–50",
                                "Több mint 50")
                        .translated("ko", "저희 제품을 판매할 직원은 몇 명입니까?", "1~5명", "6~20명", "21~50명", "50명 초과")
                        .translated("vi", "Bao nhiêu nhân viên của bạn sẽ bán sản phẩm của chúng tôi?", "1–5", "6–20",
                                "21–50", "Trên 50"),
                QuestionDraft.of(QuestionKind.RATING, false, "How ready is your team to sell our products today?")
                        .translated("ar", "ما مدى جاهزية فريقكم لبيع منتجاتنا اليوم؟")
                        .translated("hu", "Mennyire áll készen ma a csapatuk a termékeink értékesítésére?")
                        .translated("ko", "현재 귀사 팀은 저희 제품을 판매할 준비가 어느 정도 되어 있습니까?")
                        .translated("vi", "Hiện nay đội ngũ của bạn đã sẵn sàng bán sản phẩm của chúng tôi đến mức nào?"),
                QuestionDraft.of(QuestionKind.FREE_TEXT, false, "What is missing before your team can start selling?")
                        .translated("ar", "ما الذي ينقص فريقكم ليبدأ البيع؟")
                        .translated("hu", "Mi hiányzik még ahhoz, hogy a csapatuk elkezdhesse az értékesítést?")
                        .translated("ko", "판매를 시작하기 전에 무엇이 더 필요합니까?")
                        .translated("vi", "Đội ngũ của bạn còn thiếu gì để có thể bắt đầu bán hàng?")
                        .shownWhen(3, 1, 2),
                QuestionDraft.of(QuestionKind.YES_NO, false, "Would you like a kickoff call with your partner manager?")
                        .translated("ar", "هل ترغبون في مكالمة انطلاق مع مدير الشراكة؟")
                        .translated("hu", "Szeretnének egy indító megbeszélést a partnermenedzserükkel?")
                        .translated("ko", "파트너 매니저와 킥오프 미팅을 원하십니까?")
                        .translated("vi", "Bạn có muốn có một cuộc gọi khởi động với người quản lý đối tác không?"));
    }
}
