package dev.partnerportal.shared;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Text for the portal's PDFs in any of the program's scripts, drawn with the Noto fonts shipped in
 * {@code fonts/noto} and embedded as subsets. One instance per document. Each line is normalized (NFC, so
 * Vietnamese stacked diacritics use the fonts' precomposed glyphs), Arabic is shaped into its presentation forms
 * (ICU {@link ArabicShaping}: PDFBox has no Arabic GSUB support) and laid out in visual order ({@link Bidi}), and
 * every character is drawn with the first font of the fallback chain (Noto Sans, Noto Sans Arabic, Noto Sans KR)
 * that has a glyph for it, so mixed-script lines work. A character none of them has prints as "?". Save the
 * document with {@link #save}, so that text extraction (copy and paste, search, screen readers) gives back the
 * characters that were drawn.
 */
public final class PdfText {

    /** The two weights every PDF uses. */
    public enum Weight { REGULAR, BOLD }

    /** One family of the fallback chain, in the order tried. */
    private enum Face {
        LATIN("NotoSans"), ARABIC("NotoSansArabic"), KOREAN("NotoSansKR");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        String resource(Weight weight) {
            return "/fonts/noto/" + file + (weight == Weight.BOLD ? "-Bold.ttf" : "-Regular.ttf");
        }
    }

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final PDDocument document;
    private final Map<Face, Map<Weight, PDType0Font>> loaded = new EnumMap<>(Face.class);
    /** Per font, which character each glyph (CID) was drawn for: the ToUnicode map {@link #save} writes. */
    private final Map<PDType0Font, Map<Integer, Integer>> drawn = new HashMap<>();

    private PdfText(PDDocument document) {
        this.document = document;
    }

    /** Text drawn into {@code document}; fonts are loaded into it the first time a line needs them. */
    public static PdfText of(PDDocument document) {
        return new PdfText(document);
    }

    /** Whether a paragraph reads right to left (its first strong character is Arabic, say), to align it right. */
    public static boolean rightToLeft(String text) {
        return Bidi.getBaseDirection(text) == Bidi.RTL;
    }

    /** Draws one line starting at {@code x} (its left edge, whatever its direction) on baseline {@code y}. */
    public void show(PDPageContentStream stream, Weight weight, float size, String text, float x, float y) throws IOException {
        var runs = runs(weight, text);
        if (runs.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.newLineAtOffset(x, y);
        for (var run : runs) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
            remember(run);
        }
        stream.endText();
    }

    /**
     * Saves the document. PDFBox writes each subset's ToUnicode map from the font's own cmap, and where one glyph
     * serves several characters it names the lowest: Arabic yeh's shaped forms would come back as Farsi yeh. So the
     * document is saved once (which subsets the fonts), each font's ToUnicode replaced by the characters actually
     * drawn, and saved again.
     */
    public void save(OutputStream out) throws IOException {
        document.save(OutputStream.nullOutputStream());
        for (var font : drawn.entrySet()) {
            var stream = new PDStream(document, new ByteArrayInputStream(toUnicode(font.getValue())));
            font.getKey().getCOSObject().setItem(COSName.TO_UNICODE, stream);
        }
        document.save(out);
    }

    private void remember(Run run) {
        var cids = drawn.computeIfAbsent(run.font(), f -> new TreeMap<>());
        run.text().codePoints().forEach(c -> {
            try {
                var code = run.font().encode(new String(Character.toChars(c)));
                if (code.length == 2) {
                    cids.putIfAbsent((code[0] & 0xFF) << 8 | code[1] & 0xFF, c);
                }
            } catch (IOException | IllegalArgumentException e) {
                // Characters no font has were replaced before drawing; there is nothing to map.
            }
        });
    }

    /** A ToUnicode CMap from CIDs (Identity-H, two bytes) to the characters drawn with them. */
    private static byte[] toUnicode(Map<Integer, Integer> cids) {
        var cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = new ArrayList<>(cids.entrySet());
        for (var from = 0; from < entries.size(); from += 100) {
            var block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (var entry : block) {
                var utf16 = new StringBuilder();
                for (var unit : Character.toChars(entry.getValue())) {
                    utf16.append("%04X".formatted((int) unit));
                }
                cmap.append("<%04X> <%s>\n".formatted(entry.getKey(), utf16));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """);
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Draws one line centered between {@code 0} and {@code pageWidth}. */
    public void centered(PDPageContentStream stream, Weight weight, float size, String text, float pageWidth, float y) throws IOException {
        show(stream, weight, size, text, (pageWidth - width(weight, size, text)) / 2, y);
    }

    /** Draws one line ending at {@code right}, as right-to-left paragraphs are aligned. */
    public void rightAligned(PDPageContentStream stream, Weight weight, float size, String text, float right, float y) throws IOException {
        show(stream, weight, size, text, right - width(weight, size, text), y);
    }

    /** The width of one line in points. */
    public float width(Weight weight, float size, String text) throws IOException {
        float width = 0;
        for (var run : runs(weight, text)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** {@code text} broken at spaces into lines no wider than {@code width} points (in logical order). */
    public List<String> wrap(Weight weight, float size, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (var word : clean(text).split(" ")) {
            var candidate = current.isEmpty() ? word : current + " " + word;
            if (width(weight, size, candidate) > width && !current.isEmpty()) {
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

    private record Run(PDType0Font font, String text) {
    }

    /** The line as drawn: shaped, in visual order, cut where the font changes. */
    private List<Run> runs(Weight weight, String text) throws IOException {
        var visual = visual(clean(text));
        var runs = new ArrayList<Run>();
        @Nullable Face face = null;
        var current = new StringBuilder();
        for (var i = 0; i < visual.length(); ) {
            int c = visual.codePointAt(i);
            i += Character.charCount(c);
            // Spaces and marks stay in the run's font when it has them, so a line changes font only where it must.
            var chosen = face != null && (Character.isWhitespace(c) || Character.getType(c) == Character.NON_SPACING_MARK)
                    && Coverage.has(face, c) ? face : Coverage.first(c);
            if (chosen == null) {
                chosen = Face.LATIN;
                c = '?';
            }
            if (chosen != face && !current.isEmpty()) {
                runs.add(new Run(font(face, weight), current.toString()));
                current.setLength(0);
            }
            face = chosen;
            current.appendCodePoint(c);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(font(face, weight), current.toString()));
        }
        return runs;
    }

    /** NFC, tabs and line breaks as spaces, other control characters dropped. */
    private static String clean(String text) {
        var builder = new StringBuilder();
        NFC.normalize(text).codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r') {
                builder.append(' ');
            } else if (!Character.isISOControl(c)) {
                builder.appendCodePoint(c);
            }
        });
        return builder.toString();
    }

    /** Arabic letters shaped into presentation forms, then the whole line reordered for display, mirrored brackets and all. */
    private static String visual(String logical) {
        var shaped = logical;
        if (logical.codePoints().anyMatch(PdfText::arabic)) {
            try {
                shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                        | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
            } catch (ArabicShapingException e) {
                shaped = logical;
            }
        }
        if (!Bidi.requiresBidi(shaped.toCharArray(), 0, shaped.length())) {
            return shaped;
        }
        var bidi = new Bidi();
        bidi.setPara(shaped, Bidi.LEVEL_DEFAULT_LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    private static boolean arabic(int c) {
        return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF;
    }

    private PDType0Font font(@Nullable Face face, Weight weight) throws IOException {
        var weights = loaded.computeIfAbsent(face == null ? Face.LATIN : face, f -> new EnumMap<>(Weight.class));
        var font = weights.get(weight);
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(Fonts.bytes((face == null ? Face.LATIN : face).resource(weight))), true);
            weights.put(weight, font);
        }
        return font;
    }

    /** The font files, read once per process. */
    private static final class Fonts {

        private static final Map<String, byte[]> BYTES = new java.util.concurrent.ConcurrentHashMap<>();

        static byte[] bytes(String resource) {
            return BYTES.computeIfAbsent(resource, r -> {
                try (var in = PdfText.class.getResourceAsStream(r)) {
                    if (in == null) {
                        throw new IllegalStateException("Font " + r + " is missing from the class path");
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Which characters each face has (the regular and bold files of a face cover the same characters). */
    private static final class Coverage {

        private static final Map<Face, CmapLookup> CMAPS = new EnumMap<>(Face.class);

        static {
            for (var face : Face.values()) {
                try {
                    var font = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.bytes(face.resource(Weight.REGULAR))));
                    CMAPS.put(face, font.getUnicodeCmapLookup());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        static boolean has(Face face, int c) {
            return CMAPS.get(face).getGlyphId(c) > 0;
        }

        static @Nullable Face first(int c) {
            for (var face : Face.values()) {
                if (has(face, c)) {
                    return face;
                }
            }
            return null;
        }
    }
}
