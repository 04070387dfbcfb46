package dev.partnerportal.ui.certification;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.certification.HeldCertification;
import dev.partnerportal.training.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A preview of the certificate as it prints: the certification, the holder, dates, status and the QR code. */
class CertificateCard extends Div {

    CertificateCard(HeldCertification held, String verificationUrl) {
        addClassNames("certificate-card", "certificate-" + held.status().name().toLowerCase(java.util.Locale.ROOT));
        setId("certificate-" + held.id().value());
        var name = new Paragraph(held.certification().name());
        name.addClassName("certificate-name");
        var holder = new Paragraph(held.holderName());
        holder.addClassName("certificate-holder");
        var status = new Span(getTranslation("certification.status." + held.status().name()));
        status.addClassNames("portal-badge", "certificate-status", "certificate-" + held.status().name().toLowerCase(java.util.Locale.ROOT));
        status.setId("status-" + held.id().value());
        var dates = new Paragraph(getTranslation("certification.dates", CertificationFormats.date(held.issuedOn(), getLocale()),
                CertificationFormats.date(held.expiresOn(), getLocale())));
        var qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(QrCode.svg(verificationUrl).getBytes(StandardCharsets.UTF_8)), getTranslation("certification.qr"));
        qr.addClassName("certificate-qr");
        var code = new Paragraph(held.verificationCode());
        code.addClassName("certificate-code");
        code.setId("code-" + held.id().value());
        var text = new Div(new Paragraph(getTranslation("certification.certificate")), name,
                new Paragraph(getTranslation("certification.awardedTo")), holder, new Paragraph(held.organizationName()),
                dates, status);
        text.addClassName("certificate-text");
        add(text, new Div(qr, code));
    }
}
