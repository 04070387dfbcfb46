package dev.partnerportal.notification;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class NotificationDigestsH2Test extends NotificationDigestsContract {
}
