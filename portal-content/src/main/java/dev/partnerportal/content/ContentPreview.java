package dev.partnerportal.content;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The editor's live preview: Markdown rendered by the same sanitizing pipeline as the published page
 * ({@link MarkdownRenderer}), so what the editor sees is what partners will see.
 */
@Service
public class ContentPreview {

    private final MarkdownRenderer markdown;

    ContentPreview(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** Safe HTML for a body being written; text beyond the body limit is not rendered. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    public String render(String body) {
        return markdown.toSafeHtml(body.length() > ContentDraft.BODY_MAX_LENGTH ? body.substring(0, ContentDraft.BODY_MAX_LENGTH) : body);
    }
}
