package dev.partnerportal.api;

import dev.partnerportal.certification.CertificateVerification;
import dev.partnerportal.certification.CertificationAwardId;
import dev.partnerportal.certification.CertificationFilter;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.certification.HeldCertification;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.Role;
import dev.partnerportal.training.CertificatePdf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certifications. Partner users see their own awards, partner administrators their organization's, staff
 * everyone's; any other id answers 404. The Open Badges documents under {@code /api/public} need no login.
 */
@RestController
@Tag(name = "Certifications")
class CertificationController {

    private final Certifications certifications;
    private final CertificateVerification verification;
    private final CallerContext callers;
    private final CertificatePdf certificates;

    CertificationController(Certifications certifications, CertificateVerification verification, CallerContext callers,
                            CertificatePdf certificates) {
        this.certifications = certifications;
        this.verification = verification;
        this.callers = callers;
        this.certificates = certificates;
    }

    @GetMapping("/api/certifications")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "Certifications the caller may see: their own (partner users), their organization's (partner administrators), all (staff)")
    PageOf<HeldCertification> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var request = Paging.of(page, size, Sort.unsorted());
        var caller = callers.require();
        if (caller.isStaff()) {
            return PageOf.of(certifications.search(CertificationFilter.ANY, request));
        }
        List<HeldCertification> all = caller.role() == Role.PARTNER_ADMIN ? certifications.ofMyOrganization() : certifications.mine();
        int from = Math.min(page * size, all.size());
        return PageOf.of(new org.springframework.data.domain.PageImpl<>(all.subList(from, Math.min(from + size, all.size())),
                request, all.size()));
    }

    @GetMapping("/api/certifications/{id}")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "One certification, if the caller may see it")
    HeldCertification one(@PathVariable long id) {
        return certifications.find(CertificationAwardId.of(id)).orElseThrow(NotFoundException::new);
    }

    @GetMapping(value = "/api/certifications/{id}/badge", produces = "application/json")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "The Open Badges 2.0 assertion of a certification the caller may see")
    Map<String, Object> badge(@PathVariable long id) {
        return certifications.badge(CertificationAwardId.of(id)).orElseThrow(NotFoundException::new);
    }

    @GetMapping(value = "/api/certifications/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "The certificate as a one-page PDF (names in any script), for an award the caller may see; "
            + "another organization's award answers 404. In the holder's preferred language, or in that of lang "
            + "(en, ar, hu, ko, vi) when given")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @RequestParam(required = false) @Nullable String lang) {
        return certificates.render(CertificationAwardId.of(id), RequestLanguage.of(lang)).map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + id + ".pdf\"")
                        .body(bytes))
                .orElseThrow(NotFoundException::new);
    }

    @GetMapping(value = "/api/public/badges/{code}", produces = "application/json")
    @Operation(summary = "Hosted Open Badges assertion by verification code (no login; rate limited per client address)")
    Map<String, Object> publicBadge(@PathVariable String code, HttpServletRequest request) {
        return verification.publicAssertion(code, request.getRemoteAddr()).orElseThrow(NotFoundException::new);
    }

    @GetMapping(value = "/api/public/badge-classes/{code}", produces = "application/json")
    @Operation(summary = "The Open Badges BadgeClass of a certification (no login)")
    Map<String, Object> badgeClass(@PathVariable String code) {
        return verification.badgeClass(code).orElseThrow(NotFoundException::new);
    }
}
