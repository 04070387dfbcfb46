package dev.partnerportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The portal's one stylesheet stays well-formed: a rule left open (easy to do when merging features that
 * each append rules) silently disables every rule after it.
 */
class StylesheetTest {

    @Test
    void everyRuleIsClosedAndNoneClosesTwice() throws IOException {
        var css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles/portal.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        var depth = 0;
        var line = 1;
        for (var c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                depth++;
                assertThat(depth).as("a rule opened inside another rule (other than @media) at line %d", line)
                        .isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a rule closed twice at line %d", line).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(depth).as("rules left open at the end").isZero();
    }
}
