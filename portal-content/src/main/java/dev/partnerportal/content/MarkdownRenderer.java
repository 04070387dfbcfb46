package dev.partnerportal.content;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Renders Markdown to HTML on the server and sanitizes the result. Raw HTML inside the Markdown is
 * escaped by the renderer, and the sanitizer is a second, independent wall: only formatting elements,
 * tables, images and links with http, https or mailto URLs survive; scripts, event handlers, styles and
 * {@code javascript:} URLs never do.
 */
@Component
public class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href", "title").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("img")
                    .allowAttributes("src", "alt", "title").onElements("img")
                    .allowElements("pre", "code", "hr", "br", "thead", "tbody", "th", "td", "tr")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /** Markdown in, HTML that is safe to insert into a page out. */
    public String toSafeHtml(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
