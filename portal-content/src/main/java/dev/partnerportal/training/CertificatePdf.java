package dev.partnerportal.training;

import dev.partnerportal.certification.CertificateVerification;
import dev.partnerportal.certification.CertificationAwardId;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.certification.HeldCertification;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.PdfLabels;
import dev.partnerportal.shared.PdfText;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.shared.PdfText.Weight;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A certificate as a one-page landscape PDF: holder, organization, certification, dates, the verification URL
 * and a QR code of it (drawn as vector squares). Only for awards the caller may see. Names and titles in any of
 * the program's scripts are drawn with the embedded Noto fonts ({@link PdfText}). Its fixed words and dates are in
 * the holder's preferred language unless the caller asks for another one ({@link PdfLabels}); in Arabic the
 * verification block sits at the right and the QR code at the left.
 */
@Service
public class CertificatePdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final Certifications certifications;
    private final CertificateVerification verification;
    private final UserAccounts accounts;

    CertificatePdf(Certifications certifications, CertificateVerification verification, UserAccounts accounts) {
        this.certifications = certifications;
        this.verification = verification;
        this.accounts = accounts;
    }

    /** The PDF of an award the caller may see, in its holder's preferred language; empty otherwise, as if it did not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> render(CertificationAwardId award) {
        return render(award, null);
    }

    /**
     * The PDF of an award the caller may see, in {@code language} (English if the PDFs do not speak it), or in
     * its holder's preferred language when {@code language} is null; empty otherwise, as if it did not exist.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> render(CertificationAwardId award, @Nullable Locale language) {
        return certifications.find(award).map(held -> render(held, verification.verificationUrl(held.verificationCode()),
                language != null ? language : accounts.find(new UserId(held.holderId()))
                        .map(account -> account.preferredLocale()).orElse(null)));
    }

    static byte[] render(HeldCertification held, String url, @Nullable Locale language) {
        var labels = PdfLabels.of(language);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PAGE);
            document.addPage(page);
            var text = PdfText.of(document);
            float width = PAGE.getWidth();
            try (var stream = new PDPageContentStream(document, page)) {
                stream.setLineWidth(3);
                stream.addRect(28, 28, width - 56, PAGE.getHeight() - 56);
                stream.stroke();
                text.centered(stream, Weight.REGULAR, 14, labels.text("pdf.certificate.heading"), width, 470);
                text.centered(stream, Weight.BOLD, 30, held.certification().name(), width, 420);
                text.centered(stream, Weight.REGULAR, 14, labels.text("pdf.certificate.awardedTo"), width, 380);
                text.centered(stream, Weight.BOLD, 24, held.holderName(), width, 345);
                text.centered(stream, Weight.REGULAR, 14, held.organizationName(), width, 318);
                text.centered(stream, Weight.REGULAR, 12, labels.text("pdf.certificate.details",
                        labels.text("pdf.certificate.level." + held.certification().level().name()),
                        labels.longDate(held.issuedOn()), labels.longDate(held.expiresOn())), width, 280);
                var verify = List.of(labels.text("pdf.certificate.verifyAt"), url,
                        labels.text("pdf.certificate.code", held.verificationCode()));
                for (var i = 0; i < verify.size(); i++) {
                    var weight = i == 1 ? Weight.BOLD : Weight.REGULAR;
                    if (labels.rightToLeft()) {
                        text.rightAligned(stream, weight, 10, verify.get(i), width - 60, 120 - 16 * i);
                    } else {
                        text.show(stream, weight, 10, verify.get(i), 60, 120 - 16 * i);
                    }
                }
                drawQr(stream, url, labels.rightToLeft() ? 60 : width - 60 - 110, 60, 110);
            }
            var info = document.getDocumentInformation();
            info.setTitle(held.certification().name() + " - " + held.holderName());
            document.getDocumentCatalog().setLanguage(labels.locale().toLanguageTag());
            info.setSubject(url);
            text.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawQr(PDPageContentStream stream, String url, float x, float y, float size) throws IOException {
        var matrix = QrCode.matrix(url);
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    stream.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        stream.fill();
    }
}
