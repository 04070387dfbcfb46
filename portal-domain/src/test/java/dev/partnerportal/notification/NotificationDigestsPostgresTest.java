package dev.partnerportal.notification;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class NotificationDigestsPostgresTest extends NotificationDigestsContract {
}
