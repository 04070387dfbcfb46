package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.shared.UserId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** A co-branded cheat sheet in each of the program's languages reads back as written (see {@link PdfSamples}). */
class CheatSheetScriptsTest {

    static final List<PdfSamples> SAMPLES = PdfSamples.ALL;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void theSheetReadsBackAsWritten(PdfSamples sample) throws IOException {
        var draft = new ContentDraft(ContentType.CHEAT_SHEET, sample.title(), "", sample.summary(), "", sample.language(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null,
                new CheatSheet("", "", "", sample.pitch(), "", ""), null, null);
        var item = new ContentItem(draft, "sheet-" + sample.language(), new UserId(1), "group", Instant.EPOCH);

        var pdf = CheatSheetPdf.render(item, sample.organization(), sample.person() + " · sales@example.test", null);
        PdfSamples.keep("cheat-sheet-" + sample.language(), pdf);

        var lines = PdfSamples.lines(pdf);
        assertThat(lines).containsSubsequence(PdfSamples.nfkc(sample.organization()), PdfSamples.nfkc(sample.title()),
                PdfSamples.nfkc(sample.summary()), "The pitch", PdfSamples.nfkc(sample.pitch()));
        // The contact line mixes the person's script with a Latin address. The extractor restores logical order
        // inside each run but cannot know the paragraph was right to left, so that line is compared word by word.
        assertThat(lines).anyMatch(line -> words(line).equals(words(PdfSamples.nfkc(sample.person() + " · sales@example.test"))));
    }

    private static List<String> words(String line) {
        return Arrays.stream(line.split(" ")).sorted().toList();
    }
}
