package dev.partnerportal.sso;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SsoEmailDomains extends JpaRepository<SsoEmailDomain, String> {

    List<SsoEmailDomain> findByConnectionIdOrderByDomainAsc(long connectionId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SsoEmailDomain d where d.connectionId = :connectionId")
    void deleteByConnection(long connectionId);
}
