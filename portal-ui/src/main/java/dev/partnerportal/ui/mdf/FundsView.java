package dev.partnerportal.ui.mdf;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.mdf.AllocationView;
import dev.partnerportal.mdf.ClaimStatus;
import dev.partnerportal.mdf.FundRequestStatus;
import dev.partnerportal.mdf.FundRequestView;
import dev.partnerportal.mdf.MarketDevelopmentFunds;
import dev.partnerportal.mdf.ProofFile;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import dev.partnerportal.ui.upload.BoundedUpload;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Partners: their organization's allocations and fund requests with results, the request form, and a claim
 * with proof files for an approved request.
 */
@Route("funds")
@Menu(order = 17, title = "mdf.nav.funds")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class FundsView extends Div implements HasDynamicTitle {

    private final MarketDevelopmentFunds funds;
    private final Grid<AllocationView> allocations;
    private final Grid<FundRequestView> requests;
    private final Div claim = new Div();

    FundsView(MarketDevelopmentFunds funds) {
        this.funds = funds;
        addClassName("portal-page");
        setId("funds");
        allocations = FundFormats.allocations(this);
        requests = FundFormats.requests(this);
        requests.asSingleSelect().addValueChangeListener(event -> showClaim(event.getValue()));
        claim.setId("mdf-claim");
        var form = new FundRequestForm();
        form.addSubmitListener(event -> {
            try {
                funds.submit(event.request());
                Notices.success(getTranslation("mdf.request.submitted"));
                form.clear();
                refresh();
            } catch (RuleViolation refused) {
                Notices.refused(refused);
            }
        });
        add(new Paragraph(getTranslation("mdf.partner.intro")), new H3(getTranslation("mdf.allocations.title")),
                allocations, new H3(getTranslation("mdf.requests.title")), requests, claim,
                new Details(getTranslation("mdf.request.new"), form));
        refresh();
    }

    private void refresh() {
        allocations.setItems(funds.allocations());
        requests.setItems(funds.requests());
        claim.removeAll();
    }

    private void showClaim(@Nullable FundRequestView request) {
        claim.removeAll();
        if (request == null || request.status() != FundRequestStatus.APPROVED
                || request.claims().stream().anyMatch(c -> c.status() != ClaimStatus.REJECTED)) {
            return;
        }
        var files = new ArrayList<ProofFile>();
        var names = new Span();
        var cost = new BigDecimalField(getTranslation("mdf.field.actualCost"));
        cost.setHelperText(getTranslation("mdf.claim.costHelp", FundFormats.money(this, request.cost(), request.currency())));
        cost.setId("mdf-actual-cost");
        var refusal = getTranslation("upload.tooLarge", BoundedUpload.describe(ProofFile.MAX_BYTES));
        var upload = new Upload(new BoundedUpload(ProofFile.MAX_BYTES, refusal,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    files.add(new ProofFile(metadata.fileName(), bytes));
                    names.setText(String.join(", ", files.stream().map(ProofFile::fileName).toList()));
                })),
                () -> getUI().ifPresent(ui -> ui.access(() -> Notices.error(refusal)))));
        upload.setMaxFiles(ProofFile.MAX_FILES);
        upload.setMaxFileSize(ProofFile.MAX_BYTES);
        upload.setId("mdf-proof");
        var help = new Span(getTranslation("mdf.claim.proofHelp", ProofFile.MAX_FILES, ProofFile.MAX_BYTES / (1024 * 1024)));
        help.addClassName("portal-hint");
        var submit = new Button(getTranslation("mdf.claim.submit"), click -> {
            if (cost.getValue() == null) {
                cost.setInvalid(true);
                cost.setErrorMessage(getTranslation("mdf.field.required"));
                return;
            }
            try {
                funds.claim(request.id(), cost.getValue(), List.copyOf(files));
                Notices.success(getTranslation("mdf.claim.submitted"));
                refresh();
            } catch (RuleViolation refused) {
                Notices.refused(refused);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("mdf-claim-submit");
        claim.add(new H3(getTranslation("mdf.claim.title", request.title())), cost, upload, names, help, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mdf.partner.pageTitle");
    }
}
