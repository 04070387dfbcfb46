package dev.partnerportal.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountLinks extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHash(String tokenHash);

    Optional<AccountLink> findFirstByUserIdAndPurposeOrderByCreatedAtDesc(Long userId, AccountLinkPurpose purpose);
}
