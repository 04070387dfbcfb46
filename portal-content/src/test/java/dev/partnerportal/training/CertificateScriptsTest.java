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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** A certificate for a person whose name is written in each of the program's scripts reads back as written. */
class CertificateScriptsTest {

    static final List<PdfSamples> SAMPLES = PdfSamples.ALL;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void theHolderAndTheCertificationReadBackAsWritten(PdfSamples sample) throws IOException {
        var certification = new Certification(1, "COMMERCE", sample.certification(), CertificationLevel.PROFESSIONAL,
                List.of(), "quiz", null, 24);
        var held = new HeldCertification(new CertificationAwardId(1), certification, 2, sample.person(), "p@example.test",
                3, sample.organization(), "ABCD-1234", LocalDate.of(2026, 12, 1), LocalDate.of(2028, 12, 1),
                Instant.EPOCH, CertificationStatus.ACTIVE, null);

        var pdf = CertificatePdf.render(held, "https://portal.example.test/verify/ABCD-1234");
        PdfSamples.keep("certificate-" + sample.language(), pdf);

        assertThat(PdfSamples.lines(pdf)).containsSubsequence(PdfSamples.nfkc(sample.certification()), "awarded to",
                PdfSamples.nfkc(sample.person()), PdfSamples.nfkc(sample.organization()));
    }
}
