package dev.partnerportal.deal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectAccounts extends JpaRepository<DirectAccount, Long> {

    List<DirectAccount> findByProtectedUntilGreaterThanEqual(LocalDate today);

    List<DirectAccount> findAllByOrderByCompany();
}
