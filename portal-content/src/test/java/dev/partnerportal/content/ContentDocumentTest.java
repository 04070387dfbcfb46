package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentDocumentTest {

    @Test
    void aDraftSurvivesWritingAndReadingUnchanged() {
        var draft = new ContentDraft(ContentType.CHEAT_SHEET, "Commerce Suite: one page", "commerce-one-page",
                "For resellers", "# Pitch\n\nSell it.\n", "pt-BR", List.of("Retail"), List.of("Commerce Suite"),
                List.of("EMEA"), List.of("GOLD", "PLATINUM"), List.of("launch", "2027"), LocalDate.of(2027, 3, 31),
                new CheatSheet("What", "Who: CIOs", "Pains\nmany", "Pitch", "Objection: price", "Proof"),
                Instant.parse("2027-01-01T08:00:00Z"), null);

        var text = ContentDocument.write(draft);

        assertThat(text).startsWith("---\ntype: CHEAT_SHEET\ntitle: 'Commerce Suite: one page'\n");
        assertThat(ContentDocument.read(text)).isEqualTo(draft);
    }

    @Test
    void handWrittenFilesWithUnquotedDatesAreRead() {
        var draft = ContentDocument.read("""
                ---
                type: playbook
                title: Hand written
                reviewBy: 2027-01-15
                tags: [a, b]
                ---
                Body""");

        assertThat(draft.type()).isEqualTo(ContentType.PLAYBOOK);
        assertThat(draft.reviewBy()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.tags()).containsExactly("a", "b");
        assertThat(draft.body()).isEqualTo("Body");
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertThatThrownBy(() -> ContentDocument.read("no front matter"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.DOCUMENT_NO_FRONT_MATTER));
        assertThatThrownBy(() -> ContentDocument.read("---\ntitle: x\n---\n"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.DOCUMENT_TYPE));
        assertThatThrownBy(() -> ContentDocument.read("---\ntype: PLAYBOOK\n---\n"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.error()).isEqualTo(ContentError.FIELD_REQUIRED);
                    assertThat(e.arguments()).containsExactly("title");
                });
        assertThatThrownBy(() -> ContentDocument.read("---\ntype: [\n---\n"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.DOCUMENT_INVALID_YAML));
        assertThatThrownBy(() -> ContentDocument.read("---\n!!javax.script.ScriptEngineManager [x]\n---\n"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.DOCUMENT_INVALID_YAML));
    }
}
