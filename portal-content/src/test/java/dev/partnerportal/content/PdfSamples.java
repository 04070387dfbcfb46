package dev.partnerportal.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The same people, organizations and sheet in each language the program speaks, for the PDF tests, and the way
 * they read the PDFs back: PDFBox's text extraction, normalized with NFKC (Arabic is drawn as shaped presentation
 * forms, which NFKC maps back to the letters typed; the extractor itself restores logical order for right-to-left
 * runs). Each PDF is also written to {@code target/pdf-samples} for the look-by-eye check with pdftoppm.
 */
public record PdfSamples(String language, String person, String organization, String certification, String title,
                         String summary, String pitch) {

    public static final List<PdfSamples> ALL = List.of(
            new PdfSamples("en", "Jane O'Neill", "Northwind Traders", "Commerce Suite Specialist",
                    "Commerce Suite for retailers", "One stock figure everywhere, from the shop floor to the web shop.",
                    "Sell the single stock figure first."),
            new PdfSamples("hu", "Szőke Győző", "Dunaparti Informatika Kft.", "Commerce Suite szakértő",
                    "Commerce Suite kiskereskedőknek", "Egyetlen, mindig pontos készletadat az üzlettértől a webáruházig.",
                    "Először a közös készletszámot mutassa be: ezt értik meg leggyorsabban."),
            new PdfSamples("ko", "김민준", "한빛솔루션 주식회사", "커머스 스위트 전문가",
                    "소매업체를 위한 커머스 스위트", "매장부터 온라인 쇼핑몰까지 하나의 재고 수치로 운영하세요.",
                    "먼저 통합 재고 수치의 가치를 보여 주세요."),
            new PdfSamples("vi", "Nguyễn Thị Phượng", "Công ty TNHH Giải pháp Sông Hồng", "Chuyên gia Commerce Suite",
                    "Commerce Suite cho nhà bán lẻ", "Một con số tồn kho thống nhất từ cửa hàng đến website bán hàng.",
                    "Hãy bắt đầu bằng lợi ích của số liệu tồn kho chung."),
            new PdfSamples("ar", "ليلى الحسن", "شركة الخليج للحلول الرقمية", "أخصائي حزمة التجارة",
                    "حزمة التجارة لتجار التجزئة", "رقم مخزون واحد في كل مكان، من أرض المتجر إلى المتجر الإلكتروني.",
                    "ابدأ بقيمة رقم المخزون الموحد، فهو أسرع ما يقنع العميل."));

    /** The text of a one-page PDF, NFKC-normalized, one stripped line per entry. */
    public static List<String> lines(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() != 1) {
                throw new AssertionError("expected one page, got " + document.getNumberOfPages());
            }
            return nfkc(new PDFTextStripper().getText(document)).lines().map(String::strip).toList();
        }
    }

    public static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Keeps the PDF under target/pdf-samples for rendering with pdftoppm. */
    public static void keep(String name, byte[] pdf) throws IOException {
        var folder = Files.createDirectories(Path.of("target", "pdf-samples"));
        Files.write(folder.resolve(name + ".pdf"), pdf);
    }
}
