package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private static final Pattern TAG_WITH_EVENT_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=");
    private static final Pattern TAG_WITH_STYLE = Pattern.compile("<[a-z][^>]*\\sstyle\\s*=");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("<[a-z][^>]*\\s(href|src)\\s*=\\s*\"([^\"]*)\"");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersFormattingTablesAndSafeLinks() {
        var html = renderer.toSafeHtml("""
                # Pitch

                **Bold** and _italic_ with a [link](https://example.com "Example").

                | Pain | Answer |
                |------|--------|
                | Cost | ROI    |
                """);

        assertThat(html).contains("<h1>Pitch</h1>")
                .contains("<strong>Bold</strong>")
                .contains("<em>italic</em>")
                .containsPattern("<a href=\"https://example.com\" title=\"Example\" rel=\"(noopener noreferrer|noreferrer noopener)\">link</a>")
                .contains("<td>Cost</td>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.test\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](vbscript:msgbox(1))",
            "<p onclick=\"alert(1)\">hi</p>",
            "<object data=\"javascript:alert(1)\"></object>",
            "[a](&#106;avascript:alert(1))",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    })
    void neverLetsScriptThrough(String attack) {
        var html = renderer.toSafeHtml(attack).toLowerCase(Locale.ROOT);

        // Escaped text such as "&lt;script&gt;" is harmless; what must never appear is a real tag or attribute.
        assertThat(html).doesNotContain("<script", "<iframe", "<object", "<svg", "<math", "<style", "<embed");
        assertThat(TAG_WITH_EVENT_HANDLER.matcher(html).find()).as(html).isFalse();
        assertThat(TAG_WITH_STYLE.matcher(html).find()).as(html).isFalse();
        var urls = URL_ATTRIBUTE.matcher(html);
        while (urls.find()) {
            // commonmark blanks an unsafe URL to "", which links nowhere
            assertThat(urls.group(2)).as(html).matches("((https?:|mailto:|#|/).*)?");
        }
    }

    @Test
    void keepsSafeUrlsAndEscapesRawHtmlAsText() {
        assertThat(renderer.toSafeHtml("<b>raw</b> and ![logo](https://example.com/logo.png)"))
                .contains("&lt;b&gt;raw&lt;/b&gt;")
                .contains("<img src=\"https://example.com/logo.png\" alt=\"logo\" />");
    }
}
