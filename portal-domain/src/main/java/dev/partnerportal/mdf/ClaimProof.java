package dev.partnerportal.mdf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One proof file of a claim, stored in the database with the type its bytes were recognized as. */
@Entity
@Table(name = "mdf_claim_proof")
class ClaimProof {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "file_name", nullable = false, length = ProofFile.FILE_NAME_MAX_LENGTH)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 50)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    protected ClaimProof() {
    }

    ClaimProof(long claimId, String fileName, String mediaType, byte[] content) {
        this.claimId = claimId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    Long getId() {
        return id;
    }

    long getClaimId() {
        return claimId;
    }

    ProofInfo info() {
        return new ProofInfo(id, fileName, mediaType);
    }

    StoredProof toFile() {
        return new StoredProof(fileName, mediaType, content.clone());
    }
}
