package dev.partnerportal.ui.productfeedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.productfeedback.FeedbackDraft;
import dev.partnerportal.productfeedback.FeedbackItem;
import dev.partnerportal.productfeedback.FeedbackKind;
import dev.partnerportal.productfeedback.FeedbackStatus;
import dev.partnerportal.productfeedback.FeedbackVisibility;
import dev.partnerportal.productfeedback.ProductFeedback;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.earlyaccess.BetaParticipationPanel;
import dev.partnerportal.ui.onboarding.PartnerDetailView;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partner's feedback view and the staff triage view without a browser. */
@PortalWebTest
class ProductFeedbackViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    ProductFeedback feedback;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<FeedbackItem> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    @Test
    void aPartnerSubmitsAnIdeaThroughTheFormAndSeesItWithTheDemoIdeasSortedByVotes() {
        signInAs("bob@northwind.test");
        navigate(ProductFeedbackView.class);
        var title = "Offline mode " + UUID.randomUUID().toString().substring(0, 6);

        test(find(Button.class).withId("submit-feedback").single()).click();
        test(find(TextField.class).withId("feedback-area").single()).setValue("Mobile");
        test(find(TextField.class).withId("feedback-title").single()).setValue(title);
        test(find(TextArea.class).withId("feedback-description").single()).setValue("Our field sales work without signal.");
        test(find(Button.class).withId("save-feedback").single()).click();

        var items = test(grid("feedback-grid")).size();
        var rows = java.util.stream.IntStream.range(0, items).mapToObj(i -> test(grid("feedback-grid")).getRow(i)).toList();
        assertThat(rows).extracting(FeedbackItem::title).contains(title, "Register deals from the CRM");
        assertThat(rows.stream().filter(r -> r.visibility() == FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS).map(FeedbackItem::votes).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(jdbc.queryForObject("select count(*) from product_feedback where title = ? and kind = 'IDEA'", Integer.class, title))
                .isEqualTo(1);
    }

    @Test
    void theSubmissionFormRefusesAnEmptyTitleAndSubmitsNothing() {
        signInAs("carol@contoso.test");
        navigate(ProductFeedbackView.class);
        int before = jdbc.queryForObject("select count(*) from product_feedback", Integer.class);

        test(find(Button.class).withId("submit-feedback").single()).click();
        test(find(TextField.class).withId("feedback-area").single()).setValue("Billing");
        test(find(TextArea.class).withId("feedback-description").single()).setValue("Invoices lack our PO number.");
        test(find(Button.class).withId("save-feedback").single()).click();

        assertThat(find(TextField.class).withId("feedback-title").single().isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from product_feedback", Integer.class)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffTriageAnIdeaAndShowItToAllPartners() {
        signInAs("carol@contoso.test");
        var title = "Triage me " + UUID.randomUUID().toString().substring(0, 6);
        var id = feedback.submit(new FeedbackDraft(FeedbackKind.IDEA, "Search", title, "Find by partner number.", null));
        signInAs("manager@vendor.test");
        navigate(FeedbackTriageView.class);

        var rows = test(grid("triage-grid"));
        var row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).id().equals(id)).findFirst().orElseThrow();
        test((Button) rows.getCellComponent(row, 7)).click();
        Select<FeedbackStatus> status = find(Select.class).withId("triage-status").single();
        assertThat(status.getListDataView().getItems()).containsExactlyInAnyOrder(FeedbackStatus.NEW,
                FeedbackStatus.UNDER_REVIEW, FeedbackStatus.PLANNED, FeedbackStatus.DECLINED);
        test(status).selectItem(status.getItemLabelGenerator().apply(FeedbackStatus.PLANNED));
        Select<FeedbackVisibility> visibility = find(Select.class).withId("triage-visibility").single();
        visibility.setValue(FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS);
        test(find(TextArea.class).withId("triage-reply").single()).setValue("Planned for spring.");
        test(find(Button.class).withId("save-triage").single()).click();

        assertThat(jdbc.queryForMap("select status, visibility, reply from product_feedback where id = ?", id.value()))
                .containsEntry("status", "PLANNED").containsEntry("visibility", "VISIBLE_TO_ALL_PARTNERS")
                .containsEntry("reply", "Planned for spring.");
        Select<FeedbackStatus> filter = find(Select.class).withId("triage-filter").single();
        filter.setValue(FeedbackStatus.PLANNED);
        var planned = test(grid("triage-grid"));
        assertThat(java.util.stream.IntStream.range(0, planned.size()).mapToObj(planned::getRow).map(FeedbackItem::status))
                .containsOnly(FeedbackStatus.PLANNED);
    }

    @Test
    void theDeskPartnerPageShowsTheBetasThePartnerTakesPartIn() {
        signInAs("manager@vendor.test");
        long northwind = jdbc.queryForObject("select id from partner_organization where name = 'Northwind Traders'", Long.class);
        navigate(PartnerDetailView.class, northwind);

        var panel = find(BetaParticipationPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("Co-selling analytics beta", "Taking part");
    }
}
