package dev.partnerportal.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organization's logo as uploaded, after it was checked to be a real PNG or JPEG image. */
@Entity
@Table(name = "organization_logo")
class OrganizationLogo {

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "media_type", nullable = false, length = 20)
    private String mediaType;

    @Column(nullable = false)
    private byte[] image;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrganizationLogo() {
    }

    OrganizationLogo(Long organizationId, String mediaType, byte[] image, Instant updatedAt) {
        this.organizationId = organizationId;
        replace(mediaType, image, updatedAt);
    }

    void replace(String mediaType, byte[] image, Instant updatedAt) {
        this.mediaType = mediaType;
        this.image = image.clone();
        this.updatedAt = updatedAt;
    }

    Logo view() {
        return new Logo(mediaType, image.clone());
    }
}
