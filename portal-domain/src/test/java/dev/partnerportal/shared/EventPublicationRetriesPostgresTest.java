package dev.partnerportal.shared;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class EventPublicationRetriesPostgresTest extends EventPublicationRetriesContract {
}
