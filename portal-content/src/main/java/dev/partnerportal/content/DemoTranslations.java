package dev.partnerportal.content;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the retail cheat sheet, the manufacturing outlook and the "Know your buyer" lesson written for
 * Hungarian, Korean, Arabic and Vietnamese readers, each linked as a translation of the English demo item (which
 * stays the course's lesson). Only while the English items exist and the translations do not, so restarts never
 * duplicate them.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoTranslations implements ApplicationRunner {

    /** One language's versions of the three demo items. */
    private record Version(String language, ContentDraft sheet, ContentDraft report, ContentDraft lesson) {
    }

    private final ContentItems items;
    private final ContentRevisions revisions;
    private final UserAccounts users;
    private final Clock clock;

    DemoTranslations(ContentItems items, ContentRevisions revisions, UserAccounts users, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var editor = users.findByEmail("editor@vendor.test");
        var sheet = items.findBySlug("commerce-suite-retail");
        var report = items.findBySlug("manufacturing-outlook-2027");
        var lesson = items.findBySlug("know-your-buyer");
        if (editor.isEmpty() || sheet.isEmpty() || report.isEmpty() || lesson.isEmpty()
                || items.existsBySlug("commerce-suite-retail-hu")) {
            return;
        }
        for (var version : versions(LocalDate.now(clock).plusMonths(6))) {
            publish(editor.get(), version.sheet(), "commerce-suite-retail-" + version.language(), sheet.get());
            publish(editor.get(), version.report(), "manufacturing-outlook-2027-" + version.language(), report.get());
            publish(editor.get(), version.lesson(), "know-your-buyer-" + version.language(), lesson.get());
        }
    }

    private void publish(UserAccount editor, ContentDraft draft, String slug, ContentItem original) {
        var now = clock.instant();
        var item = new ContentItem(draft.withSlug(slug), slug, editor.id(), UUID.randomUUID().toString(), now);
        item.joinTranslationGroup(original.translationGroup());
        item.publishDirectly(now);
        revisions.keep(items.save(item), editor.email(), now, "created");
    }

    private static ContentDraft sheet(String language, String title, String summary, String body, CheatSheet sheet,
                                      LocalDate reviewBy) {
        return new ContentDraft(ContentType.CHEAT_SHEET, title, "", summary, body, language, List.of("Retail"),
                List.of("Commerce Suite"), List.of(), List.of(), List.of(), reviewBy, sheet, null, null);
    }

    private static ContentDraft report(String language, String title, String summary, String body, LocalDate reviewBy) {
        return ContentDraft.of(ContentType.INDUSTRY_REPORT, title, summary, body).withLanguage(language)
                .withTaxonomy(List.of("Manufacturing"), List.of("Analytics Cloud", "Field Service"))
                .withDetails(List.of(), reviewBy, CheatSheet.EMPTY);
    }

    private static ContentDraft lesson(String language, String title, String summary, String body, LocalDate reviewBy) {
        return ContentDraft.of(ContentType.TRAINING_LESSON, title, summary, body).withLanguage(language)
                .withDetails(List.of("training"), reviewBy, CheatSheet.EMPTY);
    }

    private static List<Version> versions(LocalDate reviewBy) {
        return List.of(
                new Version("hu",
                        sheet("hu", "Commerce Suite kiskereskedőknek",
                                "Egyoldalas felkészítő az első találkozóra egy közepes méretű kiskereskedelmi lánccal.", """
                                Az első ügyféltalálkozó **előtt** érdemes átfutni. A nyomtatható változat egy oldalra fér.

                                Részletek a [termékoldalakon](https://example.com/commerce-suite).
                                """, new CheatSheet(
                                        "A Commerce Suite egyetlen platformon kezeli a webáruházat, az üzleteket és a készletet.",
                                        "E-kereskedelmi vezetők és informatikai igazgatók 20–500 üzletet működtető láncoknál.",
                                        "Pontatlan online készletadat; külön rendszer fut a webáruházban és az üzletekben; "
                                                + "a szezonális csúcsban belassulnak az oldalak.",
                                        "Mindenhol ugyanaz a készletszám, tizenkét hét alatt élesítve, üzletenkénti díjjal.",
                                        "„Most álltunk át új webáruházra.” Kezdjék csak a készletszolgáltatással: "
                                                + "bármilyen webáruházhoz csatlakoztatható.",
                                        "Contoso Outdoor: az első szezonban 31%-kal kevesebb lemondott rendelés."), reviewBy),
                        report("hu", "Gyártóipari kilátások 2027",
                                "Mire költenek jövőre analitikában és helyszíni szervizben a közepes méretű gyártók.", """
                                | Terület | Arány a költségvetésekben |
                                |---------|---------------------------|
                                | Prediktív karbantartás | 34% |
                                | Ellátásilánc-analitika | 27% |

                                A gyártók többsége arra számít, hogy a szolgáltatásokból származó bevétel gyorsabban nő,
                                mint a termékértékesítésből származó.
                                """, reviewBy),
                        lesson("hu", "Ismerje meg a vevőt", "Ki ír alá, ki használja, és ki akaszthatja meg az üzletet.", """
                                ## Minden üzletben három szereplő
                                A **gazdasági döntéshozó** írja alá a szerződést. A **felhasználókon** múlik, hogy a
                                megoldás meggyökeresedik-e. Az **informatikai vezető** meg is akaszthatja az egészet.

                                Időben kérdezzen rá, ki hagyja jóvá az ügyfél aláírási keretét meghaladó szerződéseket.
                                """, reviewBy)),
                new Version("ko",
                        sheet("ko", "소매업체를 위한 Commerce Suite",
                                "중견 소매업체와의 첫 미팅을 준비하는 한 장짜리 자료입니다.", """
                                **첫 미팅 전에** 확인하세요. 인쇄용 버전은 한 페이지에 맞춰져 있습니다.

                                자세한 내용은 [제품 페이지](https://example.com/commerce-suite)에서 볼 수 있습니다.
                                """, new CheatSheet(
                                        "Commerce Suite는 온라인 쇼핑몰, 오프라인 매장, 재고를 하나의 플랫폼에서 운영합니다.",
                                        "매장 20~500개를 운영하는 소매업체의 이커머스 책임자와 CIO.",
                                        "온라인 재고가 실제와 맞지 않고, 쇼핑몰과 매장이 서로 다른 시스템을 쓰며, "
                                                + "성수기마다 페이지가 느려집니다.",
                                        "모든 채널에서 같은 재고 수치, 12주 안에 오픈, 매장 단위 요금.",
                                        "\"얼마 전에 플랫폼을 바꿨습니다.\" 재고 서비스부터 도입하세요. "
                                                + "어떤 쇼핑몰과도 연동됩니다.",
                                        "Contoso Outdoor: 첫 시즌 주문 취소 31% 감소."), reviewBy),
                        report("ko", "2027 제조업 전망",
                                "중견 제조업체가 내년에 분석과 현장 서비스 중 어디에 예산을 쓸지 정리했습니다.", """
                                | 분야 | 예산 비중 |
                                |------|-----------|
                                | 예지 정비 | 34% |
                                | 공급망 분석 | 27% |

                                제조업체 대부분은 서비스 매출이 제품 매출보다 빠르게 늘어날 것으로 봅니다.
                                """, reviewBy),
                        lesson("ko", "구매자 이해하기", "누가 서명하고, 누가 쓰고, 누가 막을 수 있는지 알아봅니다.", """
                                ## 모든 거래에 등장하는 세 사람
                                계약서에는 **예산 결정권자**가 서명합니다. 도입이 자리 잡을지는 **실사용자**에게
                                달려 있습니다. **IT 책임자**는 거래를 멈출 수도 있습니다.

                                고객사의 결재 한도를 넘는 계약에 누가 서명하는지 초기에 확인하세요.
                                """, reviewBy)),
                new Version("ar",
                        sheet("ar", "حزمة Commerce Suite لتجار التجزئة",
                                "صفحة واحدة تساعدك على التحضير لأول اجتماع مع سلسلة متاجر متوسطة الحجم.", """
                                اطّلع على هذه الورقة **قبل الاجتماع الأول**. النسخة المعدّة للطباعة في صفحة واحدة.

                                للمزيد من التفاصيل راجع [صفحات المنتج](https://example.com/commerce-suite).
                                """, new CheatSheet(
                                        "تدير حزمة Commerce Suite المتجر الإلكتروني والفروع والمخزون على منصة واحدة.",
                                        "مديرو التجارة الإلكترونية ومديرو تقنية المعلومات في سلاسل التجزئة التي تضم بين 20 و500 فرع.",
                                        "مخزون غير دقيق على الموقع، وأنظمة منفصلة للمتجر الإلكتروني والفروع، "
                                                + "وصفحات تتباطأ في مواسم الذروة.",
                                        "رقم مخزون واحد في جميع القنوات، وتشغيل خلال اثني عشر أسبوعًا، وتسعير بحسب عدد الفروع.",
                                        "«انتقلنا إلى منصة جديدة للتو.» ابدأوا بخدمة المخزون وحدها، فهي تتكامل مع أي متجر إلكتروني.",
                                        "تجربة Contoso Outdoor: تراجع الطلبات الملغاة بنسبة 31٪ في الموسم الأول."), reviewBy),
                        report("ar", "آفاق قطاع التصنيع 2027",
                                "أين سيوجّه المصنّعون متوسطو الحجم إنفاقهم على التحليلات والخدمة الميدانية العام المقبل.", """
                                | المجال | الحصة من الميزانيات |
                                |--------|---------------------|
                                | الصيانة التنبؤية | 34٪ |
                                | تحليلات سلاسل الإمداد | 27٪ |

                                يتوقع معظم المصنّعين أن تنمو إيرادات الخدمات بوتيرة أسرع من إيرادات المنتجات.
                                """, reviewBy),
                        lesson("ar", "اعرف المشتري", "من يوقّع، ومن يستخدم، ومن قد يعرقل الصفقة.", """
                                ## ثلاثة أطراف في كل صفقة
                                **صاحب القرار المالي** هو من يوقّع. و**المستخدمون** هم من يحدد إن كان الحل سيترسّخ
                                فعلًا. أما **مسؤول تقنية المعلومات** فبإمكانه إيقاف الصفقة.

                                اسأل مبكرًا عمّن يعتمد العقود التي تتجاوز حدود الصلاحيات لدى العميل.
                                """, reviewBy)),
                new Version("vi",
                        sheet("vi", "Commerce Suite cho chuỗi bán lẻ",
                                "Một trang giúp bạn chuẩn bị buổi gặp đầu tiên với một chuỗi bán lẻ quy mô vừa.", """
                                Hãy đọc trước **buổi gặp đầu tiên**. Bản in vừa gọn trên một trang.

                                Xem thêm trên [trang sản phẩm](https://example.com/commerce-suite).
                                """, new CheatSheet(
                                        "Commerce Suite vận hành cửa hàng trực tuyến, hệ thống cửa hàng và tồn kho trên cùng một nền tảng.",
                                        "Giám đốc thương mại điện tử và giám đốc công nghệ thông tin của các chuỗi có từ 20 đến 500 cửa hàng.",
                                        "Tồn kho trên website không khớp thực tế; cửa hàng trực tuyến và cửa hàng vật lý chạy hai hệ thống "
                                                + "riêng; trang web chậm vào mùa cao điểm.",
                                        "Một con số tồn kho thống nhất trên mọi kênh, vận hành sau mười hai tuần, tính phí theo cửa hàng.",
                                        "\"Chúng tôi vừa chuyển nền tảng.\" Hãy bắt đầu chỉ với dịch vụ tồn kho: "
                                                + "dịch vụ này kết nối được với mọi nền tảng bán hàng.",
                                        "Contoso Outdoor: số đơn hàng bị hủy giảm 31% ngay trong mùa đầu tiên."), reviewBy),
                        report("vi", "Triển vọng ngành sản xuất 2027",
                                "Năm tới, các nhà sản xuất quy mô vừa sẽ đầu tư vào phân tích dữ liệu và dịch vụ hiện trường ở đâu.", """
                                | Lĩnh vực | Tỷ trọng ngân sách |
                                |----------|--------------------|
                                | Bảo trì dự đoán | 34% |
                                | Phân tích chuỗi cung ứng | 27% |

                                Phần lớn nhà sản xuất kỳ vọng doanh thu dịch vụ sẽ tăng nhanh hơn doanh thu sản phẩm.
                                """, reviewBy),
                        lesson("vi", "Hiểu người mua", "Ai ký, ai sử dụng và ai có thể chặn thương vụ.", """
                                ## Ba nhân vật trong mọi thương vụ
                                **Người nắm ngân sách** là người ký. **Người dùng** quyết định giải pháp có thực sự được
                                dùng lâu dài hay không. **Trưởng bộ phận CNTT** có thể chặn cả thương vụ.

                                Hãy hỏi sớm xem ai phê duyệt các hợp đồng vượt hạn mức của khách hàng.
                                """, reviewBy)));
    }
}
