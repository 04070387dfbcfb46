package dev.partnerportal.ui.audit;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFilter;
import dev.partnerportal.audit.AuditLog;
import dev.partnerportal.audit.AuditRecord;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Arrays;

/** The audit log, newest first, filtered by action, person and dates. */
@Route("admin/audit")
@Menu(order = 910, title = "nav.audit")
@RolesAllowed(Role.Names.ADMIN)
public class AuditLogView extends Div implements HasDynamicTitle {

    AuditLogView(AuditLog log) {
        addClassNames("portal-page", "portal-page-full");
        var zone = ZoneId.systemDefault();
        var action = new ComboBox<AuditAction>(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        var actor = new TextField(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setId("audit-actor");
        var from = new DatePicker(getTranslation("audit.filter.from"));
        var until = new DatePicker(getTranslation("audit.filter.until"));

        var grid = new Grid<AuditRecord>();
        grid.setId("audit-grid");
        grid.addColumn(e -> LocaleFormats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.column.when")).setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(e -> e.actor() == null ? "–" : e.actor()).setHeader(getTranslation("audit.column.actor"));
        grid.addColumn(e -> e.organizationId() == null ? "" : e.organizationId().toString())
                .setHeader(getTranslation("audit.column.organization")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.column.detail")).setFlexGrow(2);
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress())
                .setHeader(getTranslation("audit.column.address")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        Runnable refresh = () -> {
            var filter = new AuditFilter(action.getValue(), actor.getValue(),
                    from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                    until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(zone).toInstant());
            grid.setItems(query -> log.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        };
        action.addValueChangeListener(e -> refresh.run());
        actor.addValueChangeListener(e -> refresh.run());
        from.addValueChangeListener(e -> refresh.run());
        until.addValueChangeListener(e -> refresh.run());
        refresh.run();
        grid.setSizeFull();
        var filters = new HorizontalLayout(action, actor, from, until);
        filters.setWrap(true);
        add(filters, grid);
    }

    /** The translated name of a recorded action; an action this version no longer knows shows as recorded. */
    private String actionLabel(String action) {
        return Arrays.stream(AuditAction.values()).anyMatch(a -> a.name().equals(action))
                ? getTranslation("audit.action." + action) : action;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle");
    }
}
