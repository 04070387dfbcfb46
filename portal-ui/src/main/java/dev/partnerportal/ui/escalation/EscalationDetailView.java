package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.partnerportal.escalation.EscalationDetail;
import dev.partnerportal.escalation.EscalationHistoryEntry;
import dev.partnerportal.escalation.EscalationId;
import dev.partnerportal.escalation.EscalationSettings;
import dev.partnerportal.escalation.Escalations;
import dev.partnerportal.escalation.TargetState;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import dev.partnerportal.ui.layout.Facts;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One escalation: its targets and how they stand, the description, the history (the raising organization and
 * staff only: the service finds nothing for anyone else) and the replies the caller may make.
 */
@Route("escalation")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER, Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class EscalationDetailView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Escalations escalations;
    private final ZoneId zone;
    private final boolean staff;
    private String title = "";

    EscalationDetailView(Escalations escalations, EscalationSettings settings, AuthenticationContext authentication) {
        this.escalations = escalations;
        this.zone = settings.businessHours().zone();
        this.staff = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER);
        addClassName("portal-page");
        setId("escalation-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        render(escalations.find(new EscalationId(id)).orElseThrow(NotFoundException::new));
    }

    private void render(EscalationDetail detail) {
        removeAll();
        var s = detail.summary();
        title = getTranslation("escalation.detail.pageTitle", s.id().value());
        var status = new Span(getTranslation("escalation.status." + s.status().name()));
        status.setId("escalation-status");
        add(staff ? new RouterLink(getTranslation("escalation.queue.pageTitle"), EscalationQueueView.class)
                        : new RouterLink(getTranslation("escalation.back"), EscalationsView.class),
                new H2(s.title()),
                new Paragraph(getTranslation("escalation.detail.raisedBy", detail.raisedByName().isEmpty()
                        ? s.organizationName() : detail.raisedByName() + " (" + s.organizationName() + ")",
                        EscalationFormats.time(this, s.raisedAt(), zone))),
                Facts.of(Facts.fact(getTranslation("escalation.field.category"),
                                new Span(getTranslation("escalation.category." + s.category().name()))),
                        Facts.fact(getTranslation("escalation.field.severity"), EscalationFormats.severity(this, s)),
                        Facts.fact(getTranslation("escalation.column.status"), status),
                        Facts.fact(getTranslation("escalation.detail.response"),
                                target("escalation-response", s.response(), s.respondDue(), s.respondedAt())),
                        Facts.fact(getTranslation("escalation.detail.resolution"),
                                target("escalation-resolution", s.resolution(), s.resolveDue(), s.resolvedAt()))),
                new Paragraph(detail.description()));
        if (detail.attachmentName() != null) {
            var name = detail.attachmentName();
            var link = new Anchor(DownloadHandler.fromInputStream(event -> escalations.attachment(s.id())
                    .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                            file.mediaType(), file.content().length))
                    .orElse(DownloadResponse.error(404))), name);
            add(new Paragraph(new Span(getTranslation("escalation.detail.attachment") + ": "), link));
        }
        if (detail.reopenableUntil() != null && !staff) {
            add(new Paragraph(getTranslation("escalation.detail.reopenUntil",
                    EscalationFormats.time(this, detail.reopenableUntil(), zone))));
        }
        add(new H3(getTranslation("escalation.detail.history")), history(detail));
        var reply = new EscalationReplyForm(detail, staff);
        reply.addReplyListener(event -> {
            try {
                escalations.change(s.id(), event.change()).ifPresent(this::render);
                Notices.success(getTranslation("escalation.action.sent"));
            } catch (RuleViolation refused) {
                Notices.refused(refused);
            }
        });
        add(reply);
    }

    private Span target(String id, TargetState state, Instant due, @Nullable Instant doneAt) {
        var text = new Span(" " + (doneAt == null ? getTranslation("escalation.detail.due", EscalationFormats.time(this, due, zone))
                : getTranslation("escalation.detail.doneAt", EscalationFormats.time(this, doneAt, zone))));
        var badge = EscalationFormats.badge(this, state);
        badge.setId(id + "-state");
        var target = new Span(badge, text);
        target.setId(id);
        return target;
    }

    private UnorderedList history(EscalationDetail detail) {
        var list = new UnorderedList();
        list.addClassName("portal-escalation-history");
        list.setId("escalation-history");
        for (var entry : detail.history()) {
            var head = new Span(EscalationFormats.time(this, entry.at(), zone) + " · "
                    + getTranslation("escalation.history." + entry.kind().name()) + " · " + entry.actorName());
            head.addClassName("portal-escalation-history-head");
            var item = new ListItem(head);
            if (entry.staff()) {
                var badge = new Span(getTranslation("escalation.history.staffBadge"));
                badge.addClassName("portal-badge");
                item.add(badge);
            }
            if (entry.fromStatus() != null && entry.toStatus() != null) {
                item.add(new Paragraph(transition(entry)));
            }
            if (entry.message() != null) {
                var message = new Paragraph(entry.message());
                message.addClassName("portal-escalation-message");
                item.add(message);
            }
            list.add(item);
        }
        return list;
    }

    private String transition(EscalationHistoryEntry entry) {
        return getTranslation("escalation.history.transition",
                getTranslation("escalation.status." + entry.fromStatus().name()),
                getTranslation("escalation.status." + entry.toStatus().name()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
