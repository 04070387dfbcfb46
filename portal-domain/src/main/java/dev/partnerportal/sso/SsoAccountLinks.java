package dev.partnerportal.sso;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SsoAccountLinks extends JpaRepository<SsoAccountLink, Long> {

    Optional<SsoAccountLink> findByRegistrationIdAndSubject(String registrationId, String subject);

    boolean existsByUserIdAndRegistrationId(long userId, String registrationId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SsoAccountLink l where l.registrationId = :registrationId")
    void deleteByRegistrationId(String registrationId);
}
