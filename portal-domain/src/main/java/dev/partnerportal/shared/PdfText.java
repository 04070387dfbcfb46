package dev.partnerportal.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text for the portal's PDFs drawn with the standard Type 1 fonts: wrapped to a width, and reduced to what those
 * fonts can encode. One place, so that every PDF breaks lines and replaces characters the same way until the
 * PDFs embed Unicode fonts.
 */
public final class PdfText {

    private PdfText() {
    }

    /** {@code text} broken into lines no wider than {@code width} points at {@code size}, at spaces. */
    public static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (var word : winAnsi(text).split(" ")) {
            var candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /**
     * Helvetica covers Latin-1 only: a dash and a bullet become their ASCII look-alikes, anything else outside
     * Latin-1 (and control characters) becomes "?" rather than failing.
     */
    public static String winAnsi(String text) {
        var builder = new StringBuilder();
        text.codePoints().forEach(c -> builder.append(c == 0x2014 ? '-' : c == 0x2022 ? '*'
                : c >= 0x20 && c <= 0xFF && c != 0x7F && (c < 0x80 || c >= 0xA0) ? (char) c : '?'));
        return builder.toString();
    }
}
