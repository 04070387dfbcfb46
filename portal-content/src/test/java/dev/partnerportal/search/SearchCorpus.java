package dev.partnerportal.search;

import dev.partnerportal.content.CheatSheet;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.content.IndexableContent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A fixed corpus in every language the index treats specially, plus one "other" language, for exact
 * hit-count tests. Item 3 is for Gold partners only and item 4 for EMEA only; item 3 alone contains the
 * word "zephyrine", so any leak of it is visible.
 */
final class SearchCorpus {

    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    static final long RESTRICTED_GOLD = 3;
    static final long RESTRICTED_EMEA = 4;

    private SearchCorpus() {
    }

    /** A fresh index of the corpus in {@code directory}, committed and searchable. */
    static SearchIndex index(java.nio.file.Path directory) throws java.io.IOException {
        var index = new SearchIndex(new SearchSettings(directory, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(5), Duration.ofDays(7)));
        index.addAll(items());
        index.commit();
        index.refresh();
        return index;
    }

    static List<IndexableContent> items() {
        return List.of(
                item(1, ContentType.ONBOARDING_GUIDE, "en", "Onboarding checklist for new partners",
                        "Partners complete the onboarding checklist in their first month. The checklist covers "
                                + "accounts, training and deal registration.", 3, List.of("Retail"),
                        List.of("Commerce Suite"), List.of(), List.of()),
                new IndexableContent(new ContentItemId(2), "retail-analytics", ContentType.CHEAT_SHEET, "en",
                        "Retail analytics cheat sheet", "Demand forecasts for store managers.",
                        "Analytics Cloud helps retailers forecast demand. Customers see stock levels in real time. "
                                + "See the field service playbook for installations.",
                        new CheatSheet("A forecasting service.", "Heads of merchandising.", "Empty shelves.",
                                "Forecast demand per store.", "\"We use spreadsheets.\"", "Fewer stock-outs."),
                        List.of("forecasting"), List.of("Retail"), List.of("Analytics Cloud"), List.of(), List.of(),
                        NOW.minus(Duration.ofDays(200)), null, List.of()),
                item(3, ContentType.PLAYBOOK, "en", "Project Zephyrine field service playbook",
                        "Technicians schedule visits with Field Service. The playbook explains pricing for customers "
                                + "in manufacturing.", 400, List.of("Manufacturing"), List.of("Field Service"),
                        List.of(), List.of("GOLD")),
                item(4, ContentType.INDUSTRY_REPORT, "en", "Healthcare industry report 2026",
                        "Hospitals invest in analytics. Budgets <b>grow</b> & procurement follows.", 10,
                        List.of("Healthcare"), List.of("Analytics Cloud"), List.of("EMEA"), List.of()),
                item(5, ContentType.ONBOARDING_GUIDE, "hu", "Partnerprogram útmutató",
                        "A partnereknek szóló útmutató bemutatja a termékeket és a vállalatoknak kínált "
                                + "szolgáltatásokat. Az új termékek listája havonta frissül.", 20, List.of(), List.of(),
                        List.of(), List.of()),
                item(6, ContentType.CHEAT_SHEET, "hu", "Kiskereskedelmi elemzés",
                        "A kiskereskedők a készletet valós időben látják. Vállalatunk elemzési megoldása segít.", 30,
                        List.of("Retail"), List.of("Analytics Cloud"), List.of(), List.of()),
                item(7, ContentType.ONBOARDING_GUIDE, "ko", "파트너 온보딩 안내서",
                        "고객에게 제품을 소개하는 방법을 설명합니다. 파트너는 교육을 완료해야 합니다.", 40, List.of(),
                        List.of(), List.of(), List.of()),
                item(8, ContentType.CHEAT_SHEET, "ko", "소매 분석 요약",
                        "분석 클라우드는 소매업체의 수요를 예측합니다. 고객은 재고를 실시간으로 확인합니다.", 50,
                        List.of("Retail"), List.of("Analytics Cloud"), List.of(), List.of()),
                item(9, ContentType.ONBOARDING_GUIDE, "ar", "دليل الشركاء الجدد",
                        "يشرح هذا الدليل للشركاء كيفية تسجيل الصفقات. المبيعات تنمو مع التدريب.", 60, List.of(),
                        List.of(), List.of(), List.of()),
                item(10, ContentType.INDUSTRY_REPORT, "ar", "تقرير قطاع التجزئة",
                        "يستخدم تجار التجزئة التحليلات لتوقع الطلب. للعملاء تجربة أفضل.", 70, List.of("Retail"),
                        List.of(), List.of(), List.of()),
                item(11, ContentType.ONBOARDING_GUIDE, "vi", "Hướng dẫn đối tác mới",
                        "Đối tác bán hàng hoàn thành khóa đào tạo trong tháng đầu tiên.", 80, List.of(), List.of(),
                        List.of(), List.of()),
                item(12, ContentType.INDUSTRY_REPORT, "vi", "Báo cáo ngành bán lẻ",
                        "Các nhà bán lẻ dự báo nhu cầu với phân tích dữ liệu.", 90, List.of("Retail"), List.of(),
                        List.of(), List.of()),
                item(13, ContentType.ONBOARDING_GUIDE, "de", "Leitfaden für neue Partner",
                        "Der Leitfaden erklärt die Märkte und die Preise für Kunden.", 100, List.of(), List.of(),
                        List.of(), List.of()),
                item(14, ContentType.ONBOARDING_GUIDE, "fr", "Guide des partenaires",
                        "Ce guide présente l'entreprise et ses clients. Les entreprises partenaires suivent la formation.",
                        110, List.of(), List.of(), List.of(), List.of()),
                item(15, ContentType.ONBOARDING_GUIDE, "es", "Guía para socios",
                        "La guía explica cómo los clientes compran. Cada cliente recibe formación.", 120, List.of(),
                        List.of(), List.of(), List.of()),
                item(16, ContentType.ONBOARDING_GUIDE, "pt-BR", "Guia de parceiros de negócios",
                        "Os parceiros de negócios recebem treinamento.", 130, List.of(), List.of(), List.of(), List.of()),
                item(17, ContentType.PRODUCT_UPDATE, "en", "Price list update", "New price list for the season.", 1,
                        List.of(), List.of(), List.of(), List.of()),
                item(18, ContentType.PRODUCT_UPDATE, "en", "Price list update (last year)", "New price list for the season.",
                        300, List.of(), List.of(), List.of(), List.of()));
    }

    private static IndexableContent item(long id, ContentType type, String language, String title, String body,
                                         int daysAgo, List<String> industries, List<String> products,
                                         List<String> regions, List<String> tiers) {
        return new IndexableContent(new ContentItemId(id), "item-" + id, type, language, title, "", body,
                CheatSheet.EMPTY, List.of(), industries, products, regions, tiers,
                NOW.minus(Duration.ofDays(daysAgo)), null, List.of());
    }
}
