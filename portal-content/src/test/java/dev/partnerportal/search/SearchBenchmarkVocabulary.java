package dev.partnerportal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's own vocabulary for one language: a few dozen real words of the partner program, then
 * made-up words built from that language's syllables (its alphabet, accents and word shapes), so that each
 * analyzer sees text that looks like its language. Words are drawn with a Zipf distribution, as in real
 * text: the first words of the list are everywhere, the last ones in a handful of items.
 */
final class SearchBenchmarkVocabulary {

    /** Distinct words per language; Vietnamese words are single syllables, so it has fewer. */
    static final int SIZE = 5000;
    private static final double ZIPF_EXPONENT = 0.9;

    private final String language;
    private final List<String> words;
    private final double[] cumulative;

    private SearchBenchmarkVocabulary(String language, List<String> words) {
        this.language = language;
        this.words = List.copyOf(words);
        this.cumulative = new double[words.size()];
        double sum = 0;
        for (int rank = 0; rank < words.size(); rank++) {
            sum += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= sum;
        }
    }

    /** The vocabulary of a language code the corpus uses (en, hu, ko, ar, vi, de, fr, es). */
    static SearchBenchmarkVocabulary of(String language) {
        var random = new SplittableRandom(language.hashCode());
        var words = new LinkedHashSet<>(List.of(core(language).split(" ")));
        var syllables = syllables(language);
        var target = language.equals("vi") ? 3000 : SIZE;
        while (words.size() < target) {
            var count = language.equals("vi") ? 1 : 2 + random.nextInt(language.equals("ko") ? 2 : 3);
            var word = new StringBuilder();
            for (int i = 0; i < count; i++) {
                word.append(syllables.get(random.nextInt(syllables.size())));
            }
            words.add(language.equals("de") && random.nextInt(3) == 0 ? capitalized(word.toString()) : word.toString());
        }
        return new SearchBenchmarkVocabulary(language, new ArrayList<>(words));
    }

    String language() {
        return language;
    }

    int size() {
        return words.size();
    }

    String word(int rank) {
        return words.get(rank);
    }

    /** A word drawn as often as it would occur in running text. */
    String next(SplittableRandom random) {
        var at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return words.get(Math.min(at < 0 ? -at - 1 : at, words.size() - 1));
    }

    /** A rank uniform on a log scale: as many queries for common words as for rare ones. */
    int queryRank(SplittableRandom random, int below) {
        return (int) Math.min(below - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(below))));
    }

    /** A word as it appears in a sentence: Korean nouns take particles, Arabic words the article. */
    String inflected(String word, SplittableRandom random) {
        return switch (language) {
            case "ko" -> random.nextInt(5) < 2 ? word + KOREAN_PARTICLES[random.nextInt(KOREAN_PARTICLES.length)] : word;
            case "ar" -> random.nextInt(10) < 3 ? "ال" + word : word;
            default -> word;
        };
    }

    static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                + word.substring(word.offsetByCodePoints(0, 1));
    }

    private static final String[] KOREAN_PARTICLES = {"은", "는", "이", "가", "을", "를", "에", "에서", "에게", "의", "와", "로"};

    private static String core(String language) {
        return switch (language) {
            case "en" -> "partner customer onboarding pricing discount renewal pipeline forecast deal margin contract "
                    + "support training certification integration analytics cloud commerce retail healthcare "
                    + "manufacturing security migration workshop playbook objection proposal quote channel market";
            case "hu" -> "partner ügyfél értékesítés árazás kedvezmény szerződés megújítás bevétel piac termék képzés "
                    + "tanúsítvány integráció elemzés felhő kereskedelem egészségügy gyártás biztonság ajánlat árrés "
                    + "előrejelzés műhely tárgyalás csatorna";
            case "ko" -> "파트너 고객 영업 가격 할인 계약 갱신 매출 시장 제품 교육 인증 통합 분석 클라우드 상거래 소매 의료 "
                    + "제조 보안 제안 견적 채널 전략 지원";
            case "ar" -> "شريك عميل مبيعات تسعير خصم عقد تجديد إيرادات سوق منتج تدريب شهادة تكامل تحليلات سحابة تجارة "
                    + "تجزئة رعاية تصنيع أمن عرض قناة استراتيجية دعم صفقة";
            case "vi" -> "khách hàng đối tác bán giá chiết khấu hợp đồng doanh thu thị trường sản phẩm đào tạo chứng "
                    + "chỉ tích phân đám mây bảo mật kênh hỗ trợ";
            case "de" -> "Partner Kunde Vertrieb Preisgestaltung Rabatt Vertrag Verlängerung Umsatz Markt Produkt "
                    + "Schulung Zertifizierung Integration Analyse Handel Einzelhandel Gesundheitswesen Fertigung "
                    + "Sicherheit Angebot Marge Prognose Kanal Strategie Unterstützung";
            case "fr" -> "partenaire client vente tarification remise contrat renouvellement revenu marché produit "
                    + "formation certification intégration analyse nuage commerce détail santé fabrication sécurité "
                    + "offre marge prévision canal stratégie";
            case "es" -> "socio cliente ventas precios descuento contrato renovación ingresos mercado producto formación "
                    + "certificación integración análisis nube comercio minorista salud fabricación seguridad oferta "
                    + "margen previsión canal estrategia";
            default -> throw new IllegalArgumentException("no vocabulary for " + language);
        };
    }

    private static List<String> syllables(String language) {
        return switch (language) {
            case "en" -> split("ba con ter ing ment pro vi sa lo ex tion ar der cus tom in ly ble ab ac ad al an ap "
                    + "be ca ce co de di en es ge im ma mi mo na ne no pa pe re ri ro se so st ta te ti to un ve");
            case "hu" -> split("ke szé gyö lá ny ős ül ás ség tal ból ba ért ko vá ne mi ró tő kö sz ga fe le me "
                    + "ha bi cs zs ré tá vé ké gé ny ók ek ok ak ünk ban ben hoz ról ság");
            case "ko" -> split("고 객 파 트 너 시 장 매 출 관 리 서 비 스 계 약 판 전 략 영 업 지 원 교 육 제 품 분 석 "
                    + "개 발 운 상 담 성 과 목 표 기 술 정 보 문 화 경 쟁 수 익");
            case "ar" -> split("كت اب شر ك عم يل سو ق مب يع خد مة حل ول تد ري ب نج اح مس تق بل قد رة فر صة نم و "
                    + "تط ور سع ر جو دة");
            case "vi" -> vietnamese();
            case "de" -> split("ver trieb part ner kun den markt ung schaft lich ge ein ber zu an aus bei mit nach "
                    + "vor über für wirt preis ab ge stal tung rä mä lö grü be");
            case "fr" -> split("par te nai re cli ent mar ché ven é tion eur ement con dé pré ré in ter ca pi ta "
                    + "li sa bo nu mé ro gé ra leur ques ble");
            case "es" -> split("so cio clien te mer ca do ven ta ción pro duc to ne go ri es tra gia ña ma no lo "
                    + "gí a mí rá ti co pe dre sa ble men");
            default -> throw new IllegalArgumentException("no syllables for " + language);
        };
    }

    /** Vietnamese syllables: an onset, a vowel carrying one of the six tones, an optional final. */
    private static List<String> vietnamese() {
        var onsets = split("b c ch d đ g gi h kh l m n ng nh ph qu s t th tr v x");
        var vowels = split("a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị o ò ó ỏ õ ọ "
                + "ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự");
        var finals = List.of("", "n", "ng", "nh", "c", "ch", "t", "m", "p", "i", "o", "u");
        var syllables = new ArrayList<String>();
        for (var onset : onsets) {
            for (var vowel : vowels) {
                for (var end : finals) {
                    syllables.add(onset + vowel + end);
                }
            }
        }
        return syllables;
    }

    private static List<String> split(String words) {
        return List.of(words.split(" "));
    }
}
