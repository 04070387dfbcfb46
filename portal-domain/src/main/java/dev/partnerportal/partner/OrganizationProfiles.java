package dev.partnerportal.partner;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's profile and logo. Partner administrators keep their own up to date; staff and the
 * organization's own people can read it. Logos are checked by their content, not their name.
 */
@Service
public class OrganizationProfiles {

    public static final int LOGO_MAX_BYTES = 256 * 1024;
    public static final int LOGO_MAX_PIXELS = 2000;

    private final PartnerOrganizations organizations;
    private final OrganizationLogos logos;
    private final CallerContext callers;
    private final Clock clock;
    private final AuditTrail audit;

    OrganizationProfiles(PartnerOrganizations organizations, OrganizationLogos logos, CallerContext callers, Clock clock,
                         AuditTrail audit) {
        this.audit = audit;
        this.organizations = organizations;
        this.logos = logos;
        this.callers = callers;
        this.clock = clock;
    }

    /** An organization's profile, if the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<OrganizationProfile> profile(OrganizationId organization) {
        return callers.require().mayAccess(organization)
                ? organizations.findById(organization.value()).map(PartnerOrganization::profile) : Optional.empty();
    }

    /** Replaces the caller's own organization's profile. */
    @PreAuthorize("hasRole('PARTNER_ADMIN')")
    @Transactional
    public void updateMine(OrganizationProfile profile) {
        var organization = callers.require().organizationId();
        organizations.findById(organization.value()).orElseThrow().updateProfile(profile);
        audit.recordChange(AuditAction.ORGANIZATION_PROFILE_CHANGED, organization, null);
    }

    /** An organization's logo, if it has one and the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Logo> logo(OrganizationId organization) {
        return callers.require().mayAccess(organization)
                ? logos.findById(organization.value()).map(OrganizationLogo::view) : Optional.empty();
    }

    /**
     * Sets the caller's own organization's logo.
     *
     * @throws IllegalArgumentException when the bytes are not a PNG or JPEG image, are larger than
     *                                  {@value #LOGO_MAX_BYTES} bytes, or the picture is larger than
     *                                  {@value #LOGO_MAX_PIXELS} pixels on a side
     */
    @PreAuthorize("hasRole('PARTNER_ADMIN')")
    @Transactional
    public void replaceMyLogo(byte[] upload) {
        var mediaType = checkedImageType(upload);
        var organization = callers.require().organizationId().value();
        logos.findById(organization).ifPresentOrElse(
                logo -> logo.replace(mediaType, upload, clock.instant()),
                () -> logos.save(new OrganizationLogo(organization, mediaType, upload, clock.instant())));
        audit.recordChange(AuditAction.ORGANIZATION_LOGO_CHANGED, OrganizationId.of(organization), mediaType + ", " + upload.length + " bytes");
    }

    static String checkedImageType(byte[] upload) {
        if (upload.length == 0 || upload.length > LOGO_MAX_BYTES) {
            throw new RuleViolation(PartnerError.LOGO_INVALID, LOGO_MAX_BYTES / 1024);
        }
        String mediaType;
        if (upload.length > 8 && (upload[0] & 0xFF) == 0x89 && upload[1] == 'P' && upload[2] == 'N' && upload[3] == 'G') {
            mediaType = "image/png";
        } else if ((upload[0] & 0xFF) == 0xFF && (upload[1] & 0xFF) == 0xD8 && (upload[2] & 0xFF) == 0xFF) {
            mediaType = "image/jpeg";
        } else {
            throw new RuleViolation(PartnerError.LOGO_INVALID, LOGO_MAX_BYTES / 1024);
        }
        try {
            var image = ImageIO.read(new ByteArrayInputStream(upload));
            if (image == null) {
                throw new RuleViolation(PartnerError.LOGO_INVALID, LOGO_MAX_BYTES / 1024);
            }
            if (image.getWidth() > LOGO_MAX_PIXELS || image.getHeight() > LOGO_MAX_PIXELS) {
                throw new RuleViolation(PartnerError.LOGO_TOO_LARGE, LOGO_MAX_PIXELS);
            }
        } catch (IOException e) {
            throw new RuleViolation(PartnerError.LOGO_INVALID, LOGO_MAX_BYTES / 1024);
        }
        return mediaType;
    }
}
