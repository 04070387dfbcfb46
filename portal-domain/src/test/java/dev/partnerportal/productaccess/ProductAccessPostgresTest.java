package dev.partnerportal.productaccess;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class ProductAccessPostgresTest extends ProductAccessContract {
}
