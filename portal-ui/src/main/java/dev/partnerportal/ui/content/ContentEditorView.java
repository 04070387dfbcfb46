package dev.partnerportal.ui.content;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import dev.partnerportal.identity.AccountService;
import dev.partnerportal.content.ContentAttachments;
import dev.partnerportal.content.ContentDetails;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentFilter;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentPreview;
import dev.partnerportal.content.IndustryAudiences;
import dev.partnerportal.content.InlineImages;
import dev.partnerportal.content.ContentStatus;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.Taxonomy;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import java.io.ByteArrayInputStream;
import org.springframework.data.domain.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes one item: the form, the workflow buttons the caller's role and the item's state allow, the
 * revision history with diff and restore, and the partners' feedback. A stale save shows who saved first.
 */
@Route("content/edit/:id?")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CONTENT_EDITOR, Role.Names.CHANNEL_MANAGER})
public class ContentEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentEditing editing;
    private final ContentAttachments attachments;
    private final InlineImages images;
    private final IndustryAudiences industryAudiences;
    private final dev.partnerportal.content.ContentForMe featuring;
    private final java.util.List<String> industryTerms;
    private final Role role;
    private final ContentForm form;
    private final Span status = new Span();
    private final Span message = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div extras = new Div();
    private @Nullable ContentSummary current;

    ContentEditorView(ContentEditing editing, ContentLibrary library, ContentAttachments attachments,
                      AccountService accounts, ContentPreview preview, InlineImages images,
                      IndustryAudiences industryAudiences, dev.partnerportal.content.ContentForMe featuring) {
        this.featuring = featuring;
        this.editing = editing;
        this.images = images;
        this.industryAudiences = industryAudiences;
        this.industryTerms = library.terms(Taxonomy.INDUSTRY);
        this.attachments = attachments;
        this.role = accounts.myProfile().role();
        addClassName("portal-page");
        form = new ContentForm(library.terms(Taxonomy.INDUSTRY), library.terms(Taxonomy.PRODUCT),
                library.terms(Taxonomy.REGION), editing.tierCodes(), preview::render);
        form.bodyEditor.onImage(() -> report(getTranslation("editor.image.saveFirst"), "error"));
        status.setId("editor-status");
        status.addClassName("portal-badge");
        message.setId("editor-message");
        message.addClassName("editor-message");
        actions.setWrap(true);
        add(new H2(getTranslation("editor.pageTitle")), status, form, message, actions, extras);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            showActions();
            return;
        }
        var found = editing.find(ContentItemId.of(id.get()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(ContentDetails item) {
        current = item.summary();
        form.write(item.toDraft());
        form.bodyEditor.onImage(() -> openImageDialog(item.id()));
        status.setText(getTranslation("contentStatus." + current.status().name()) + " · "
                + getTranslation("editor.revision", current.revision()));
        showActions();
        extras.removeAll();
        var history = new RevisionHistory(editing.history(item.id()));
        history.addCompareListener(
                e -> history.showDiff(editing.diff(item.id(), e.from(), e.to())));
        history.addRestoreListener(
                e -> run(() -> editing.restore(item.id(), e.revision(), currentVersion()), "editor.restored"));
        var uploads = new AttachmentsPanel(new AttachmentLinks(attachments, attachments.list(item.id())), attachments.maxBytes());
        uploads.addUploadedListener(e -> {
            try {
                attachments.upload(item.id(), e.fileName(), new ByteArrayInputStream(e.bytes()));
                show(editing.find(item.id()).orElseThrow());
                report(getTranslation("editor.attachmentSaved"), "success");
            } catch (RuleViolation rejected) {
                report(Notices.message(rejected), "error");
            }
        });
        var translations = new TranslationsPanel(item, text -> editing.list(ContentFilter.ALL.withText(text),
                PageRequest.of(0, 50)).stream().filter(s -> !s.id().equals(item.id())));
        translations.addLinkListener(e -> {
            try {
                editing.linkTranslation(item.id(), e.other().id());
                show(editing.find(item.id()).orElseThrow());
                report(getTranslation("editor.translations.linked"), "success");
            } catch (RuleViolation rejected) {
                report(Notices.message(rejected), "error");
            }
        });
        translations.addUnlinkListener(e -> {
            editing.unlinkTranslation(item.id());
            show(editing.find(item.id()).orElseThrow());
            report(getTranslation("editor.translations.unlinked"), "success");
        });
        extras.add(new FeaturedToggle(featuring, item.id()),
                new IndustryAudiencePanel(industryAudiences, item.id(), industryTerms), translations, history, uploads,
                new FeedbackPanel(editing.feedback(item.id())));
    }

    private void showActions() {
        actions.removeAll();
        var save = button("editor.save", "save", () -> current == null
                ? editing.create(form.read())
                : editing.update(current.id(), current.version(), form.read()), "editor.saved");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(save);
        if (current == null) {
            return;
        }
        var id = current.id();
        var state = current.status();
        if (state == ContentStatus.DRAFT) {
            actions.add(button("editor.submit", "submit", () -> editing.submit(id), "editor.submitted"));
        }
        var approver = role == Role.ADMIN || role == Role.CHANNEL_MANAGER;
        if (approver && state == ContentStatus.IN_REVIEW) {
            actions.add(button("editor.approve", "approve", () -> editing.approve(id), "editor.approved"));
        }
        if (approver && (state == ContentStatus.IN_REVIEW || state == ContentStatus.SCHEDULED)) {
            actions.add(button("editor.sendBack", "send-back", () -> editing.sendBack(id), "editor.sentBack"));
        }
        if (role == Role.ADMIN && (state == ContentStatus.DRAFT || state == ContentStatus.ARCHIVED)) {
            actions.add(button("editor.publish", "publish", () -> editing.publish(id), "editor.published"));
        }
        if (approver && state != ContentStatus.ARCHIVED && state != ContentStatus.IN_REVIEW) {
            actions.add(button("editor.archive", "archive", () -> editing.archive(id), "editor.archived"));
        }
    }

    private Button button(String key, String id, Supplier<ContentSummary> action, String doneKey) {
        var button = new Button(getTranslation(key), e -> run(action, doneKey));
        button.setId("editor-" + id);
        return button;
    }

    private void run(Supplier<ContentSummary> action, String doneKey) {
        try {
            var saved = action.get();
            var wasNew = current == null;
            show(editing.find(saved.id()).orElseThrow());
            report(getTranslation(doneKey), "success");
            if (wasNew) {
                // Same page, now with the item's address, so that reloading keeps editing this item.
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        RouteConfiguration.forSessionScope().getUrl(ContentEditorView.class,
                                new RouteParameters("id", Long.toString(saved.id().value())))));
            }
        } catch (RuleViolation e) {
            report(Notices.message(e), "error");
        }
    }

    /**
     * Stores an inline image as an attachment of the item and inserts its Markdown into the body being written.
     * Storing it is a change of the item, so the version is refreshed while the unsaved text stays as typed.
     */
    private void openImageDialog(ContentItemId id) {
        var dialog = new InlineImageDialog[1];
        dialog[0] = new InlineImageDialog((fileName, bytes, alt) -> {
            try {
                var image = images.upload(id, fileName, new ByteArrayInputStream(bytes), alt);
                current = editing.find(id).orElseThrow().summary();
                form.bodyEditor.insert(image.markdown());
                dialog[0].close();
                report(getTranslation("editor.image.inserted"), "success");
            } catch (RuleViolation refused) {
                dialog[0].showError(Notices.message(refused));
            }
        });
        dialog[0].open();
    }

    private void report(String text, String kind) {
        message.setText(text);
        message.getElement().setAttribute("data-kind", kind);
    }

    private long currentVersion() {
        return current == null ? 0 : current.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.pageTitle");
    }
}
