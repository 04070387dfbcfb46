package dev.partnerportal.ui.productaccess;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.productaccess.ProductAccess;
import dev.partnerportal.productaccess.ProductAccessId;
import dev.partnerportal.productaccess.ProductAccessKind;
import dev.partnerportal.productaccess.ProductAccessRequest;
import dev.partnerportal.productaccess.ProductAccessStatus;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.error.NotFoundView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A partner requests product access and sees its state; a manager approves or rejects it; partners cannot decide. */
@PortalWebTest
class ProductAccessViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    ProductAccess access;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    private int rows() {
        return jdbc.queryForObject("select count(*) from product_access_request", Integer.class);
    }

    private void fillAndSend(String product) {
        @SuppressWarnings("unchecked")
        Select<ProductAccessKind> kind = find(Select.class).withId("product-access-kind").single();
        test(kind).selectItem("Not-for-resale licence");
        test(find(TextField.class).withId("product-access-product").single()).setValue(product);
        test(find(TextArea.class).withId("product-access-purpose").single()).setValue("Internal training");
        test(find(TextArea.class).withId("product-access-people").single()).setValue("bob@northwind.test");
        test(find(Button.class).withId("product-access-send").single()).click();
    }

    @Test
    void aPartnerRequestsALicenceAndSeesItWaiting() {
        signInAs("bob@northwind.test");
        navigate(ProductAccessView.class);
        int before = rows();

        test(find(Button.class).withId("product-access-send").single()).click();
        assertThat(rows()).as("an empty form sends nothing").isEqualTo(before);

        fillAndSend("Browserless Studio");

        assertThat(rows()).isEqualTo(before + 1);
        var mine = access.mine().getFirst();
        assertThat(mine.product()).isEqualTo("Browserless Studio");
        assertThat(mine.kind()).isEqualTo(ProductAccessKind.NFR_LICENCE);
        @SuppressWarnings("unchecked")
        Grid<ProductAccessRequest> grid = find(Grid.class).withId("product-access-list").single();
        assertThat(test(grid).getRow(0).product()).isEqualTo("Browserless Studio");
        assertThat(test(grid).getCellComponent(0, 3).getElement().getTextRecursively()).isEqualTo("Waiting for a decision");
    }

    @Test
    void aManagerApprovesWithAnExpiryAndRejectsWithAReason() {
        signInAs("alice@northwind.test");
        navigate(ProductAccessView.class);
        fillAndSend("Approve Me");
        fillAndSend("Reject Me");
        var approveMe = access.mine().stream().filter(r -> r.product().equals("Approve Me")).findFirst().orElseThrow().id();
        var rejectMe = access.mine().stream().filter(r -> r.product().equals("Reject Me")).findFirst().orElseThrow().id();

        signInAs("manager@vendor.test");
        navigate(ProductAccessRequestsView.class);
        var expiry = LocalDate.now(clock).plusDays(45);
        decide(approveMe);
        test(find(DatePicker.class).withId("product-access-expiry").single()).setValue(expiry);
        test(find(Button.class).withId("product-access-approve").single()).click();

        decide(rejectMe);
        test(find(Button.class).withId("product-access-reject").single()).click();
        var reason = find(TextArea.class).withId("product-access-reason").single();
        assertThat(reason.isInvalid()).as("a rejection needs a reason").isTrue();
        test(reason).setValue("Not for this product line.");
        test(find(Button.class).withId("product-access-reject").single()).click();

        var approved = access.find(approveMe).orElseThrow();
        assertThat(approved.status()).isEqualTo(ProductAccessStatus.APPROVED);
        assertThat(approved.expiresOn()).isEqualTo(expiry);
        var rejected = access.find(rejectMe).orElseThrow();
        assertThat(rejected.status()).isEqualTo(ProductAccessStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Not for this product line.");
        assertThat(test(requests()).getCellComponent(rowOf(approveMe), 4).getElement().getTextRecursively()).isEqualTo("Approved");
        assertThat(test(requests()).getCellComponent(rowOf(approveMe), 6).isVisible()).as("decided: no more Decide").isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<ProductAccessRequest> requests() {
        return find(Grid.class).withId("product-access-requests-grid").single();
    }

    private int rowOf(ProductAccessId id) {
        var grid = requests();
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id().equals(id)).findFirst().orElseThrow();
    }

    /** Grid cells are rendered lazily, so the row's Decide button is reached through the grid. */
    private void decide(ProductAccessId id) {
        test((Button) test(requests()).getCellComponent(rowOf(id), 6)).click();
    }

    @Test
    void partnersCannotOpenTheStaffPage() {
        signInAs("alice@northwind.test");
        navigate("product-access/requests", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
