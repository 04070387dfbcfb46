package dev.partnerportal.shared;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class EventPublicationRetriesH2Test extends EventPublicationRetriesContract {
}
