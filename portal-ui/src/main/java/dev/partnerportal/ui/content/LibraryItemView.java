package dev.partnerportal.ui.content;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.partnerportal.content.CheatSheetPdf;
import dev.partnerportal.content.ContentAttachments;
import dev.partnerportal.content.ContentDetails;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentType;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;

/**
 * One item of the library: the sanitized body, the cheat sheet with a printable page, translations and
 * "was this helpful?". An item outside the caller's audience is answered with the not-found page.
 */
@Route("library/:slug")
@PermitAll
public class LibraryItemView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentLibrary library;
    private final ContentAttachments attachments;
    private final CheatSheetPdf pdf;
    private String title = "";

    LibraryItemView(ContentLibrary library, ContentAttachments attachments, CheatSheetPdf pdf) {
        this.library = library;
        this.attachments = attachments;
        this.pdf = pdf;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get("slug").orElse("");
        // A link to another language (?lang=) shows exactly that version; otherwise the reader's language comes first.
        var chosen = event.getLocation().getQueryParameters().getSingleParameter("lang").isPresent();
        var found = chosen ? library.findBySlug(slug) : library.findBySlug(slug, getLocale().getLanguage());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        library.markRead(found.get().id());
        show(found.get());
    }

    private void show(ContentDetails item) {
        removeAll();
        title = item.summary().title();
        var heading = new H2(title);
        heading.setId("item-title");
        var kind = new Paragraph(getTranslation("contentType." + item.summary().type().name()));
        kind.addClassName("portal-role");
        var body = new Html("<div class=\"library-body\">" + item.html() + "</div>");
        body.setId("item-body");
        add(heading, kind, new Paragraph(item.summary().summary()), body);
        if (item.summary().type() == ContentType.CHEAT_SHEET || !item.cheatSheet().isEmpty()) {
            add(CheatSheetSections.of(this, item.cheatSheet()));
            var print = new RouterLink(getTranslation("library.print"), CheatSheetPrintView.class,
                    new RouteParameters("slug", item.summary().slug()));
            print.setId("print-link");
            var slug = item.summary().slug();
            var language = getLocale();
            var download = new Anchor(DownloadHandler.fromInputStream(event -> pdf.cobranded(slug, language)
                    .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), slug + ".pdf", "application/pdf", bytes.length))
                    .orElse(DownloadResponse.error(404))), getTranslation("library.pdf"));
            download.setId("pdf-link");
            add(new Div(print), new Div(download));
        }
        var files = attachments.list(item.id());
        if (!files.isEmpty()) {
            add(new H3(getTranslation("library.attachments")), new AttachmentLinks(attachments, files));
        }
        if (!item.translations().isEmpty()) {
            var translations = new Div(new H3(getTranslation("library.translations")));
            item.translations().forEach(t -> {
                var link = new RouterLink(t.title() + " (" + t.language() + ")", LibraryItemView.class,
                        new RouteParameters("slug", t.slug()));
                link.setQueryParameters(QueryParameters.of("lang", t.language()));
                translations.add(new Div(link));
            });
            add(translations);
        }
        var feedback = new FeedbackForm();
        feedback.addSendListener(e -> {
            library.giveFeedback(item.id(), e.helpful(), e.comment());
            feedback.thank();
        });
        add(feedback);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
