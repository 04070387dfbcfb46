package dev.partnerportal.training;

import dev.partnerportal.certification.CertificateVerification;
import dev.partnerportal.certification.CertificationAwardId;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.certification.HeldCertification;
import dev.partnerportal.shared.PdfText;
import dev.partnerportal.shared.PdfText.Weight;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A certificate as a one-page landscape PDF: holder, organization, certification, dates, the verification URL
 * and a QR code of it (drawn as vector squares). Only for awards the caller may see. Names and titles in any of
 * the program's scripts are drawn with the embedded Noto fonts ({@link PdfText}).
 */
@Service
public class CertificatePdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Certifications certifications;
    private final CertificateVerification verification;

    CertificatePdf(Certifications certifications, CertificateVerification verification) {
        this.certifications = certifications;
        this.verification = verification;
    }

    /** The PDF of an award the caller may see; empty otherwise, as if it did not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> render(CertificationAwardId award) {
        return certifications.find(award).map(held -> render(held, verification.verificationUrl(held.verificationCode())));
    }

    static byte[] render(HeldCertification held, String url) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PAGE);
            document.addPage(page);
            var text = PdfText.of(document);
            float width = PAGE.getWidth();
            try (var stream = new PDPageContentStream(document, page)) {
                stream.setLineWidth(3);
                stream.addRect(28, 28, width - 56, PAGE.getHeight() - 56);
                stream.stroke();
                text.centered(stream, Weight.REGULAR, 14, "CERTIFICATE", width, 470);
                text.centered(stream, Weight.BOLD, 30, held.certification().name(), width, 420);
                text.centered(stream, Weight.REGULAR, 14, "awarded to", width, 380);
                text.centered(stream, Weight.BOLD, 24, held.holderName(), width, 345);
                text.centered(stream, Weight.REGULAR, 14, held.organizationName(), width, 318);
                text.centered(stream, Weight.REGULAR, 12, "Level: " + held.certification().level().name().toLowerCase(Locale.ROOT)
                        + "   Issued " + DATE.format(held.issuedOn()) + "   Valid until " + DATE.format(held.expiresOn()), width, 280);
                text.show(stream, Weight.REGULAR, 10, "Verify this certificate at", 60, 120);
                text.show(stream, Weight.BOLD, 10, url, 60, 104);
                text.show(stream, Weight.REGULAR, 10, "Verification code " + held.verificationCode(), 60, 88);
                drawQr(stream, url, width - 60 - 110, 60, 110);
            }
            var info = document.getDocumentInformation();
            info.setTitle(held.certification().name() + " - " + held.holderName());
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
