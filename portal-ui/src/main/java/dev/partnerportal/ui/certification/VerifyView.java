package dev.partnerportal.ui.certification;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.partnerportal.certification.CertificateVerification;
import dev.partnerportal.certification.Verification;
import dev.partnerportal.certification.VerifiedCertification;

/**
 * The public verification page behind the QR code: holder, organization, certification, dates and status,
 * nothing else. Lookups are rate limited per client address; when the limit is reached the page says so and
 * looks nothing up.
 */
@Route(value = "verify/:code", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificateVerification verification;

    VerifyView(CertificateVerification verification) {
        this.verification = verification;
        addClassNames("portal-page", "portal-standalone");
        setId("verify");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("app.name")), new H2(getTranslation("verify.heading")));
        var code = event.getRouteParameters().get("code").orElse("");
        var request = VaadinRequest.getCurrent();
        var address = request == null ? "unknown" : request.getRemoteAddr();
        switch (verification.verify(code, address)) {
            case Verification.Found found -> add(facts(found.certification()));
            case Verification.Unknown unknown -> add(message("verify.unknown"));
            case Verification.TooManyLookups tooMany -> add(message("verify.tooMany"));
        }
    }

    private Div facts(VerifiedCertification certification) {
        var status = new Paragraph(getTranslation("verify.status." + certification.status().name()));
        status.addClassNames("portal-badge", "certificate-" + certification.status().name().toLowerCase(java.util.Locale.ROOT));
        status.setId("verify-status");
        var facts = new Div(
                fact("verify.holder", certification.holderName(), "verify-holder"),
                fact("verify.organization", certification.organizationName(), "verify-organization"),
                fact("verify.certification", certification.certificationName(), "verify-certification"),
                fact("verify.issued", CertificationFormats.date(certification.issuedOn(), getLocale()), "verify-issued"),
                fact("verify.expires", CertificationFormats.date(certification.expiresOn(), getLocale()), "verify-expires"),
                status);
        facts.addClassNames("portal-card", "verify-facts");
        facts.setId("verify-facts");
        return facts;
    }

    private Div fact(String label, String value, String id) {
        var text = new Paragraph(value);
        text.setId(id);
        var row = new Div(new Paragraph(getTranslation(label)), text);
        row.addClassName("verify-fact");
        return row;
    }

    private Paragraph message(String key) {
        var message = new Paragraph(getTranslation(key));
        message.setId("verify-message");
        return message;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.pageTitle");
    }
}
