package dev.partnerportal.ui.certification;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.partnerportal.certification.Certification;
import dev.partnerportal.certification.CertificationFilter;
import dev.partnerportal.certification.CertificationStatus;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.certification.HeldCertification;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.data.domain.PageRequest;

/**
 * Channel managers and administrators: certification definitions, and every award with filters, CSV export
 * and revocation.
 */
@Route("certification-admin")
@Menu(order = 28, title = "nav.certificationAdmin")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class CertificationAdminView extends Div implements HasDynamicTitle {

    private final Certifications certifications;
    private final Grid<Certification> definitions = new Grid<>();
    private final Grid<HeldCertification> awards = new Grid<>();
    private final Select<Certification> certification = new Select<>();
    private final Select<CertificationStatus> status = new Select<>();
    private final Select<OrganizationSummary> organization = new Select<>();
    private final TextField holder = new TextField();

    CertificationAdminView(Certifications certifications, PartnerDirectory directory) {
        this.certifications = certifications;
        addClassName("portal-page");
        setId("certification-admin");
        definitions.addColumn(Certification::code).setHeader(getTranslation("certificationAdmin.code"));
        definitions.addColumn(Certification::name).setHeader(getTranslation("certificationAdmin.name")).setFlexGrow(2);
        definitions.addColumn(d -> getTranslation("certification.level." + d.level().name())).setHeader(getTranslation("certificationAdmin.level"));
        definitions.addColumn(d -> String.join(", ", d.courseCodes()) + " + " + d.quizKey()).setHeader(getTranslation("certificationAdmin.earnedBy")).setFlexGrow(2);
        definitions.addColumn(d -> getTranslation("certificationAdmin.months", d.validityMonths())).setHeader(getTranslation("certificationAdmin.validity"));
        definitions.setAllRowsVisible(true);
        definitions.setId("definitions-grid");
        var define = new Button(getTranslation("certificationAdmin.define"), click -> openDefinitionDialog());
        define.setId("define-certification");

        certification.setLabel(getTranslation("certification.name"));
        certification.setItemLabelGenerator(c -> c == null ? "" : c.name());
        certification.setEmptySelectionAllowed(true);
        certification.setId("filter-certification");
        status.setLabel(getTranslation("certification.statusHeader"));
        status.setItems(CertificationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("certification.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setId("filter-status");
        organization.setLabel(getTranslation("certificationAdmin.organization"));
        organization.setItems(LocaleFormats.sortedByName(directory.list(PageRequest.of(0, 1000)).getContent(), OrganizationSummary::name, getLocale()));
        organization.setItemLabelGenerator(o -> o == null ? "" : o.name());
        organization.setEmptySelectionAllowed(true);
        organization.setId("filter-organization");
        holder.setLabel(getTranslation("certification.holder"));
        holder.setValueChangeMode(ValueChangeMode.LAZY);
        holder.setClearButtonVisible(true);
        holder.setId("filter-holder");
        certification.addValueChangeListener(e -> awards.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> awards.getDataProvider().refreshAll());
        organization.addValueChangeListener(e -> awards.getDataProvider().refreshAll());
        holder.addValueChangeListener(e -> awards.getDataProvider().refreshAll());
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = certifications.exportCsv(filter()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "certifications.csv", "text/csv", bytes.length);
        }), getTranslation("certificationAdmin.csv"));
        csv.setId("certifications-csv");
        var filters = new HorizontalLayout(certification, status, organization, holder, csv);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        filters.setWrap(true);

        awards.addColumn(HeldCertification::holderName).setHeader(getTranslation("certification.holder"));
        awards.addColumn(HeldCertification::organizationName).setHeader(getTranslation("certificationAdmin.organization"));
        awards.addColumn(h -> h.certification().name()).setHeader(getTranslation("certification.name"));
        awards.addColumn(h -> CertificationFormats.date(h.issuedOn(), getLocale())).setHeader(getTranslation("certification.issued"));
        awards.addColumn(h -> CertificationFormats.date(h.expiresOn(), getLocale())).setHeader(getTranslation("certification.expires"));
        awards.addColumn(h -> getTranslation("certification.status." + h.status().name())).setHeader(getTranslation("certification.statusHeader"));
        awards.addComponentColumn(this::revokeButton);
        awards.setItems(query -> certifications.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        awards.setHeight("24rem");
        awards.setId("awards-grid");
        add(new Paragraph(getTranslation("certificationAdmin.intro")), new H3(getTranslation("certificationAdmin.definitions")),
                define, definitions, new H3(getTranslation("certificationAdmin.awards")), filters, awards);
        refreshDefinitions();
    }

    private CertificationFilter filter() {
        return new CertificationFilter(certification.getValue() == null ? null : certification.getValue().code(), status.getValue(),
                organization.getValue() == null ? null : organization.getValue().id(), holder.getValue());
    }

    private void refreshDefinitions() {
        var all = certifications.definitions();
        definitions.setItems(all);
        certification.setItems(all);
    }

    private Button revokeButton(HeldCertification held) {
        var revoke = new Button(getTranslation("certificationAdmin.revoke"), click -> new RevokeDialog(held, reason -> {
            certifications.revoke(held.id(), reason);
            awards.getDataProvider().refreshAll();
        }).open());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(held.status() != CertificationStatus.REVOKED);
        revoke.setId("revoke-" + held.id().value());
        return revoke;
    }

    private void openDefinitionDialog() {
        var dialog = new DefinitionDialog[1];
        dialog[0] = new DefinitionDialog(form -> {
            try {
                certifications.define(form);
                dialog[0].close();
                Notices.success(getTranslation("certificationAdmin.saved"));
                refreshDefinitions();
            } catch (RuleViolation e) {
                dialog[0].showError(getTranslation("certificationAdmin.invalid", Notices.message(e)));
            }
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificationAdmin.pageTitle");
    }
}
