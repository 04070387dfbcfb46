package dev.partnerportal.ui.certification;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.partnerportal.certification.CertificateVerification;
import dev.partnerportal.certification.CertificationStatus;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.certification.ExpiryReminders;
import dev.partnerportal.certification.HeldCertification;
import dev.partnerportal.shared.Role;
import dev.partnerportal.training.CertificatePdf;
import dev.partnerportal.training.Training;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The holder's certifications: a certificate preview per certification with PDF, Open Badge, what changed and
 * renewal; the full history; and for partner administrators, their organization's certifications.
 */
@Route("certifications")
@Menu(order = 13, title = "nav.certifications")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class CertificationsView extends Div implements HasDynamicTitle {

    private final CertificatePdf pdf;
    private final Certifications certifications;
    private final Training training;
    private final CertificateVerification verification;
    private final JsonMapper json;

    CertificationsView(Certifications certifications, ExpiryReminders reminders, CertificatePdf pdf, Training training,
                       CertificateVerification verification, JsonMapper json, AuthenticationContext authentication) {
        this.certifications = certifications;
        this.pdf = pdf;
        this.training = training;
        this.verification = verification;
        this.json = json;
        addClassName("portal-page");
        setId("certifications");
        var mine = certifications.mine();
        var current = new LinkedHashMap<String, HeldCertification>();
        mine.forEach(held -> current.putIfAbsent(held.certification().code(), held));
        var notices = reminders.mine().stream()
                .filter(r -> current.values().stream().anyMatch(h -> h.id().equals(r.award()) && h.status() != CertificationStatus.ACTIVE))
                .toList();
        notices.stream().findFirst().ifPresent(r -> {
            var notice = new Paragraph(r.daysBefore() == 0 ? getTranslation("certification.reminder.expired", r.certificationName())
                    : getTranslation("certification.reminder.expiring", r.certificationName(), r.daysBefore()));
            notice.addClassNames("portal-card", "certification-reminder");
            notice.setId("certification-reminder");
            add(notice);
        });
        add(new Paragraph(getTranslation("certification.intro")));
        if (current.isEmpty()) {
            var none = new Paragraph(getTranslation("certification.none"));
            none.setId("no-certifications");
            add(none);
        }
        current.values().forEach(held -> add(certificate(held)));
        if (mine.size() > current.size()) {
            add(new H3(getTranslation("certification.history")), grid(mine, false, "history-grid"));
        }
        if (authentication.hasRole(Role.Names.PARTNER_ADMIN)) {
            add(new H3(getTranslation("certification.organization")), grid(certifications.ofMyOrganization(), true, "organization-grid"));
        }
    }

    private Div certificate(HeldCertification held) {
        var url = verification.verificationUrl(held.verificationCode());
        var id = held.id();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> pdf.render(id)
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), "certificate-" + held.verificationCode() + ".pdf",
                        "application/pdf", bytes.length)).orElse(DownloadResponse.error(404))), getTranslation("certification.pdf"));
        download.setId("pdf-" + id.value());
        var badge = new Anchor(DownloadHandler.fromInputStream(event -> certifications.badge(id)
                .map(assertion -> json.writeValueAsString(assertion).getBytes(StandardCharsets.UTF_8))
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), "badge-" + held.verificationCode() + ".json",
                        "application/json", bytes.length)).orElse(DownloadResponse.error(404))), getTranslation("certification.badge"));
        badge.setId("badge-" + id.value());
        var verify = new Anchor(url, getTranslation("certification.verifyLink"));
        verify.setId("verify-" + id.value());
        var actions = new Div(download, badge, verify);
        actions.addClassName("certificate-actions");
        if (held.renewable()) {
            var renew = new Anchor("training/quiz/" + held.certification().renewalQuiz(), getTranslation("certification.renew"));
            renew.setId("renew-" + id.value());
            actions.add(renew);
        }
        var box = new Div(new CertificateCard(held, url), actions);
        var changes = training.changesSince(id).orElse(List.of());
        var list = new UnorderedList();
        changes.forEach(c -> list.add(new ListItem(new Anchor("training/course/" + c.courseCode() + "/lesson/" + c.itemId(),
                c.title() + " (" + c.courseTitle() + ")"))));
        var details = new Details(getTranslation("certification.changes", changes.size()),
                changes.isEmpty() ? new Paragraph(getTranslation("certification.noChanges")) : list);
        details.setId("changes-" + id.value());
        box.add(details);
        box.addClassName("certificate-box");
        return box;
    }

    private Grid<HeldCertification> grid(List<HeldCertification> rows, boolean withHolder, String id) {
        var grid = new Grid<HeldCertification>();
        if (withHolder) {
            grid.addColumn(HeldCertification::holderName).setHeader(getTranslation("certification.holder"));
        }
        grid.addColumn(h -> h.certification().name()).setHeader(getTranslation("certification.name")).setFlexGrow(2);
        grid.addColumn(h -> CertificationFormats.date(h.issuedOn(), getLocale())).setHeader(getTranslation("certification.issued"));
        grid.addColumn(h -> CertificationFormats.date(h.expiresOn(), getLocale())).setHeader(getTranslation("certification.expires"));
        grid.addColumn(h -> getTranslation("certification.status." + h.status().name())).setHeader(getTranslation("certification.statusHeader"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setId(id);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certification.pageTitle");
    }
}
