package dev.partnerportal.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import dev.partnerportal.mail.Outbox;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The audit log names actions in words. */
@PortalWebTest
class AuditLogViewBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    Outbox outbox;

    @Test
    @SuppressWarnings("unchecked")
    void theAuditLogNamesEachActionInTheReadersLanguage() {
        signInAs("admin@vendor.test");
        outbox.list(PageRequest.of(0, 5));

        navigate(AuditLogView.class);
        Grid<?> grid = find(Grid.class).withId("audit-grid").single();

        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Outbox viewed");
    }

}
