package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.shared.UserId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A co-branded cheat sheet in each of the program's languages reads back as written (see {@link PdfSamples}), its
 * section headings in the reader's language.
 */
class CheatSheetScriptsTest {

    static final List<PdfSamples> SAMPLES = PdfSamples.ALL;

    /** "The pitch" as each language's reader sees it, written out here so that a missing translation fails. */
    static final Map<String, String> PITCH = Map.of("en", "The pitch", "ar", "العرض البيعي", "hu", "Az értékesítési üzenet",
            "ko", "핵심 제안", "vi", "Thông điệp bán hàng");

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void theSheetReadsBackAsWritten(PdfSamples sample) throws IOException {
        var draft = new ContentDraft(ContentType.CHEAT_SHEET, sample.title(), "", sample.summary(), "", sample.language(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null,
                new CheatSheet("", "", "", sample.pitch(), "", ""), null, null);
        var item = new ContentItem(draft, "sheet-" + sample.language(), new UserId(1), "group", Instant.EPOCH);

        var pdf = CheatSheetPdf.render(item, sample.organization(), sample.person() + " · sales@example.test", null,
                Locale.forLanguageTag(sample.language()));
        PdfSamples.keep("cheat-sheet-" + sample.language(), pdf);

        var lines = PdfSamples.lines(pdf);
        assertThat(lines).containsSubsequence(PdfSamples.nfkc(sample.organization()), PdfSamples.nfkc(sample.title()),
                PdfSamples.nfkc(sample.summary()), PdfSamples.nfkc(PITCH.get(sample.language())), PdfSamples.nfkc(sample.pitch()));
        // The contact line mixes the person's script with a Latin address. The extractor restores logical order
        // inside each run but cannot know the paragraph was right to left, so that line is compared word by word.
        assertThat(lines).anyMatch(line -> words(line).equals(words(PdfSamples.nfkc(sample.person() + " · sales@example.test"))));
    }

    private static List<String> words(String line) {
        return Arrays.stream(line.split(" ")).sorted().toList();
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void anEnglishSheetGetsItsHeadingsInTheReadersLanguage(PdfSamples sample) throws IOException {
        var draft = new ContentDraft(ContentType.CHEAT_SHEET, "Commerce Suite", "", "One stock figure.", "", "en",
                List.of(), List.of(), List.of(), List.of(), List.of(), null,
                new CheatSheet("", "", "", "Sell the single stock figure first.", "", ""), null, null);
        var item = new ContentItem(draft, "sheet-en", new UserId(1), "group", Instant.EPOCH);

        var pdf = CheatSheetPdf.render(item, "Northwind Traders", "Jane · sales@example.test", null,
                Locale.forLanguageTag(sample.language()));
        PdfSamples.keep("cheat-sheet-en-for-" + sample.language(), pdf);

        assertThat(PdfSamples.lines(pdf)).containsSubsequence("Commerce Suite", PdfSamples.nfkc(PITCH.get(sample.language())),
                "Sell the single stock figure first.");
        if (!sample.language().equals("en")) {
            assertThat(PdfSamples.lines(pdf)).doesNotContain("The pitch");
        }
    }
}
