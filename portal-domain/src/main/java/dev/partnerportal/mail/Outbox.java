package dev.partnerportal.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the portal has sent or is holding, newest first. Mail carries invitation links: administrators only. */
@Service
public class Outbox {

    private final MailMessages messages;

    Outbox(MailMessages messages) {
        this.messages = messages;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<MailMessage> list(Pageable pageable) {
        return messages.findAllByOrderByIdDesc(pageable);
    }
}
