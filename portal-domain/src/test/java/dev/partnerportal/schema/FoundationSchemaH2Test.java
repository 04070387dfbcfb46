package dev.partnerportal.schema;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FoundationSchemaH2Test extends FoundationSchemaContract {
}
