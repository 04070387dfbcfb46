package dev.partnerportal.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Chosen channels as a collection. */
interface NotificationPreferences extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

    List<NotificationPreference> findByKeyUserId(Long userId);
}
