package dev.partnerportal.search;

import dev.partnerportal.ContentTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ContentTestApplication.class)
class SearchIndexingH2Test extends SearchIndexingContract {
}
