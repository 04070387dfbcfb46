package dev.partnerportal.schema;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class FoundationSchemaPostgresTest extends FoundationSchemaContract {
}
