package dev.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.shared.PdfText.Weight;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Text in every script the program speaks survives the trip into a PDF and back out through PDFBox's text
 * extraction. Extracted text is compared after NFKC: Arabic is drawn as presentation forms (U+FExx, what shaping
 * produces), which NFKC maps back to the letters that were typed; PDFTextStripper itself puts right-to-left runs
 * back into logical order.
 */
class PdfTextTest {

    /** Draws each line with {@link PdfText} on one page and returns the PDF. */
    static byte[] pdf(List<String> lines) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var text = PdfText.of(document);
            try (var stream = new PDPageContentStream(document, page)) {
                var y = 780f;
                for (var line : lines) {
                    text.show(stream, y > 700 ? Weight.BOLD : Weight.REGULAR, 14, line, 56, y);
                    y -= 24;
                }
            }
            text.save(out);
            return out.toByteArray();
        }
    }

    static String extracted(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jane O'Neill: Commerce Suite for retailers",
            "Szőke Győző és Kővári Ildikó – Űrlapok egyszerűen",
            "김민준 · 소매업을 위한 커머스 스위트",
            "Nguyễn Thị Phượng: Bộ giải pháp thương mại cho nhà bán lẻ",
            "ليلى الحسن: حزمة التجارة لتجار التجزئة"})
    void aLineInEveryScriptComesBackOutAsTyped(String line) throws IOException {
        assertThat(extracted(pdf(List.of(line, line))).lines().map(String::strip).toList())
                .containsExactly(nfkc(line), nfkc(line));
    }

    @Test
    void aMixedScriptLineUsesOneFontPerRunAndEmbedsOnlySubsets() throws IOException {
        var line = "Partner 김민준 (Seoul) – شريك – Đà Nẵng";
        var bytes = pdf(List.of(line));

        assertThat(extracted(bytes).strip()).isEqualTo(nfkc(line));
        try (var document = Loader.loadPDF(bytes)) {
            var fonts = new ArrayList<String>();
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).as("subset prefixes, one font per script").hasSize(3)
                    .allMatch(f -> f.matches("[A-Z]{6}\\+NotoSans.*-Bold"));
        }
        assertThat(bytes.length).as("a subset, not the 6 MB Korean font").isLessThan(200_000);
    }

    @Test
    void arabicIsShapedAndReadsRightToLeft() throws IOException {
        assertThat(PdfText.rightToLeft("حزمة التجارة Commerce")).isTrue();
        assertThat(PdfText.rightToLeft("Commerce حزمة")).isFalse();
        try (var document = new PDDocument()) {
            var text = PdfText.of(document);
            assertThat(text.width(Weight.REGULAR, 10, "سلام")).isPositive();
            var lines = text.wrap(Weight.REGULAR, 10, "مرحبا بكم في بوابة الشركاء", 60);
            assertThat(lines).hasSizeGreaterThan(1);
            for (var line : lines) {
                assertThat(text.width(Weight.REGULAR, 10, line) <= 60 || !line.contains(" ")).as(line).isTrue();
            }
        }
    }

    @Test
    void aCharacterNoFontHasPrintsAsAQuestionMarkAndControlsAreDropped() throws IOException {
        assertThat(extracted(pdf(List.of("Café \uD83D\uDE00 ok\u0007"))).strip()).isEqualTo("Café ? ok");
    }
}
