package dev.partnerportal.productaccess;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ProductAccessH2Test extends ProductAccessContract {
}
