package dev.partnerportal.ui.recruitment;

import dev.partnerportal.support.PortalBrowserlessTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.support.PortalWebTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Applying through the view: a refused form changes nothing, a complete one is scored. */
@PortalWebTest
class ApplyViewBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetThrottle() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from throttle_entry where kind = 'PARTNER_APPLICATION'");
    }

    @Test
    void anApplicantFillsInTheFormAndIsThanked() {
        var company = "Tailspin " + UUID.randomUUID().toString().substring(0, 6);
        long before = jdbc.queryForObject("select count(*) from partner_application", Long.class);
        navigate(ApplyView.class);

        test(find(Button.class).withId("apply-submit").single()).click();
        assertThat(find(Paragraph.class).withClassName("portal-form-error").single().getText())
                .isEqualTo("Some fields need your attention. Check the fields marked in red.");
        assertThat(jdbc.queryForObject("select count(*) from partner_application", Long.class)).isEqualTo(before);

        var texts = find(TextField.class).all();
        test(texts.get(0)).setValue(company);
        test(texts.get(1)).setValue("https://tailspin.test");
        test(texts.get(2)).setValue("Terry Tailspin");
        test(find(EmailField.class).single()).setValue("terry@tailspin.test");
        @SuppressWarnings("unchecked")
        var selects = find(Select.class).all();
        test(selects.get(0)).selectItem("Agency");
        test(selects.get(1)).selectItem("EMEA");
        for (var question : find(RadioButtonGroup.class).all()) {
            test(question).selectItem("Mostly");
        }
        test(find(TextArea.class).single()).setValue("We build web shops.");
        test(find(Button.class).withId("apply-submit").single()).click();

        assertThat(find(Paragraph.class).withId("apply-thanks").single().getText()).startsWith("Thank you.");
        assertThat(jdbc.queryForObject("select score from partner_application where company_name = ?", Integer.class, company))
                .isEqualTo(75);
    }
}
