package dev.partnerportal.relationship;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RelationshipH2Test extends RelationshipContract {
}
