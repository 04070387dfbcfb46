package dev.partnerportal.mdf;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimProofs extends JpaRepository<ClaimProof, Long> {

    /** The proofs of a claim without their bytes. */
    @Query("select new dev.partnerportal.mdf.ProofInfo(p.id, p.fileName, p.mediaType) from ClaimProof p "
            + "where p.claimId = :claimId order by p.id")
    List<ProofInfo> infoByClaimId(long claimId);
}
