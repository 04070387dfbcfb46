package dev.partnerportal.ui.content;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.partnerportal.content.AttachmentInfo;
import dev.partnerportal.content.ContentAttachments;
import java.util.List;

/**
 * Download links for an item's attachments. Each download asks the service again, so a link kept past a
 * change of audience answers 404; files always come as attachments, never rendered inline.
 */
public final class AttachmentLinks extends Div {

    public AttachmentLinks(ContentAttachments attachments, List<AttachmentInfo> infos) {
        setId("attachments");
        addClassName("attachment-links");
        for (var info : infos) {
            var handler = DownloadHandler.fromInputStream(event -> attachments.download(info.id())
                    .map(d -> new DownloadResponse(d.open(), info.fileName(), info.mediaType(), info.size()))
                    .orElse(DownloadResponse.error(404)));
            var link = new Anchor(handler, info.fileName() + " (" + Math.max(1, info.size() / 1024) + " KB)");
            link.addClassName("attachment-link");
            add(new Div(link));
        }
    }
}
