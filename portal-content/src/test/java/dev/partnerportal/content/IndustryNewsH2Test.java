package dev.partnerportal.content;

import dev.partnerportal.ContentTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ContentTestApplication.class)
class IndustryNewsH2Test extends IndustryNewsContract {
}
