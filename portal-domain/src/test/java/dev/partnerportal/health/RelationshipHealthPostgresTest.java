package dev.partnerportal.health;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class RelationshipHealthPostgresTest extends RelationshipHealthContract {
}
