package dev.partnerportal.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.certification.Certification;
import dev.partnerportal.certification.CertificationAwardId;
import dev.partnerportal.certification.CertificationLevel;
import dev.partnerportal.certification.CertificationStatus;
import dev.partnerportal.certification.HeldCertification;
import dev.partnerportal.content.PdfSamples;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A certificate for a person whose name is written in each of the program's scripts reads back as written, with
 * its fixed words and dates in that person's language.
 */
class CertificateScriptsTest {

    static final List<PdfSamples> SAMPLES = PdfSamples.ALL;

    /** The heading, "awarded to" and the issue date in each language, written out so that a missing translation fails. */
    static final Map<String, List<String>> LABELS = Map.of(
            "en", List.of("CERTIFICATE", "awarded to", "December 1, 2026", "Verify this certificate at"),
            "ar", List.of("شهادة", "تمنح هذه الشهادة إلى", "صالحة حتى 1 ديسمبر 2028", "رمز التحقق"),
            "hu", List.of("TANÚSÍTVÁNY", "a tanúsítvány birtokosa", "2026. december 1.", "Ellenőrző kód: ABCD-1234"),
            "ko", List.of("인증서", "다음 분께 이 인증서를 수여합니다", "2026년 12월 1일", "인증 코드 ABCD-1234"),
            "vi", List.of("CHỨNG CHỈ", "được trao cho", "Mã xác minh: ABCD-1234"));

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void theHolderAndTheCertificationReadBackAsWritten(PdfSamples sample) throws IOException {
        var certification = new Certification(1, "COMMERCE", sample.certification(), CertificationLevel.PROFESSIONAL,
                List.of(), "quiz", null, 24);
        var held = new HeldCertification(new CertificationAwardId(1), certification, 2, sample.person(), "p@example.test",
                3, sample.organization(), "ABCD-1234", LocalDate.of(2026, 12, 1), LocalDate.of(2028, 12, 1),
                Instant.EPOCH, CertificationStatus.ACTIVE, null);

        var pdf = CertificatePdf.render(held, "https://portal.example.test/verify/ABCD-1234", Locale.forLanguageTag(sample.language()));
        PdfSamples.keep("certificate-" + sample.language(), pdf);

        var labels = LABELS.get(sample.language()).stream().map(PdfSamples::nfkc).toList();
        var lines = PdfSamples.lines(pdf);
        assertThat(lines).containsSubsequence(labels.get(0), PdfSamples.nfkc(sample.certification()), labels.get(1),
                PdfSamples.nfkc(sample.person()), PdfSamples.nfkc(sample.organization()));
        assertThat(String.join("\n", lines)).contains(labels.subList(2, labels.size()));
        if (!sample.language().equals("en")) {
            assertThat(String.join("\n", lines)).doesNotContain("awarded to", "Valid until", "December");
        }
    }
}
