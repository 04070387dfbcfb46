package dev.partnerportal.relationship;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class RelationshipPostgresTest extends RelationshipContract {
}
