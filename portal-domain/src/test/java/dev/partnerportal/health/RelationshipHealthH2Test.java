package dev.partnerportal.health;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RelationshipHealthH2Test extends RelationshipHealthContract {
}
