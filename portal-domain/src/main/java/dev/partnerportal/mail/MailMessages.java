package dev.partnerportal.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The outbox as a collection. */
interface MailMessages extends JpaRepository<MailMessage, Long> {

    List<MailMessage> findTop50ByStatusOrderByIdAsc(MailStatus status);

    long countByStatus(MailStatus status);

    Page<MailMessage> findAllByOrderByIdDesc(Pageable pageable);

    List<MailMessage> findByRecipientOrderByIdAsc(String recipient);

    List<MailMessage> findTop100ByScrubbedAtIsNullAndStatusOrderByIdAsc(MailStatus status);

    List<MailMessage> findTop100ByScrubbedAtIsNullAndStatusInAndCreatedAtBeforeOrderByIdAsc(Collection<MailStatus> statuses,
                                                                                            Instant createdBefore);
}
