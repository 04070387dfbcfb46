package dev.partnerportal.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.support.TrainingData;
import dev.partnerportal.training.QuizSheet;
import dev.partnerportal.ui.tier.TierRulesView;
import dev.partnerportal.ui.certification.CertificationAdminView;
import dev.partnerportal.ui.certification.CertificationsView;
import dev.partnerportal.ui.certification.VerifyView;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Training and certification views: a partner's whole path to a certificate, the staff pages, the public check. */
@PortalWebTest
class TrainingViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        TrainingData.reset(jdbc);
        jdbc.update("delete from training_course where code = 'browserless-course'");
    }

    @Test
    void aRegisteredPartnerFindsNoTraceOfACourseForGoldPartners() {
        TrainingData.salesCourseForGoldOnly(jdbc);
        long openLesson = jdbc.queryForObject("select id from content_item where slug = 'know-your-buyer'", Long.class);
        signInAs("carol@contoso.test");

        navigate(TrainingView.class);
        assertThat(find(com.vaadin.flow.router.RouterLink.class).withId("course-sales-fundamentals").all()).isEmpty();
        assertThat(find(com.vaadin.flow.router.RouterLink.class).withId("course-implementation-basics").all()).hasSize(1);
        navigate("training/course/sales-fundamentals", dev.partnerportal.ui.error.NotFoundView.class);
        navigate("training/course/sales-fundamentals/lesson/" + openLesson, dev.partnerportal.ui.error.NotFoundView.class);
        navigate("training/quiz/sales-fundamentals-quiz", dev.partnerportal.ui.error.NotFoundView.class);
        assertThat(jdbc.queryForObject("select count(*) from training_attempt", Long.class)).isZero();

        signInAs("alice@northwind.test");
        navigate("training/course/sales-fundamentals", CourseView.class);
    }

    @Test
    void bobFollowsTheCoursePassesTheQuizAndHisCertificateVerifies() {
        signInAs("bob@northwind.test");
        navigate(TrainingView.class);
        assertThat(find(com.vaadin.flow.router.RouterLink.class).withId("course-sales-fundamentals").single().getText())
                .isEqualTo("Sales fundamentals");
        assertThat(find(Div.class).withId("path-new-partner-essentials").all()).hasSize(1);

        navigate("training/course/sales-fundamentals", CourseView.class);
        test(find(Button.class).withId("resume").single()).click();
        assertThat(find(com.vaadin.flow.component.html.H2.class).withId("lesson-title").single().getText()).isEqualTo("Know your buyer");
        for (int lesson = 0; lesson < 3; lesson++) {
            test(find(Button.class).withId("lesson-done").single()).click();
        }
        assertThat(getCurrentView()).isInstanceOf(CourseView.class);
        assertThat(jdbc.queryForObject("""
                select count(*) from onboarding_step s join partner_organization o on o.id = s.organization_id
                where o.name = 'Northwind Traders' and s.reference = 'sales-fundamentals' and s.completed_at is not null""",
                Long.class)).as("the onboarding step completed itself").isEqualTo(1);

        navigate("training/quiz/sales-fundamentals-quiz", QuizView.class);
        answerRight("sales-fundamentals-quiz");
        test(find(Button.class).withId("quiz-submit").single()).click();
        assertThat(find(Paragraph.class).withId("quiz-verdict").single().getText()).startsWith("Passed: 100 %");
        assertThat(find(Paragraph.class).withId("quiz-certification").single().getText()).contains("Sales Professional");

        navigate(CertificationsView.class);
        long award = jdbc.queryForObject("""
                select a.id from certification_award a join portal_user u on u.id = a.user_id where u.email = 'bob@northwind.test'""", Long.class);
        assertThat(find(Anchor.class).withId("pdf-" + award).single().getHref()).isNotBlank();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("status-" + award).single().getText()).isEqualTo("Active");
        var code = find(Paragraph.class).withId("code-" + award).single().getText();

        navigate("verify/" + code, VerifyView.class);
        assertThat(find(Paragraph.class).withId("verify-holder").single().getText()).isEqualTo("Bob Northwind");
        assertThat(find(Paragraph.class).withId("verify-certification").single().getText()).isEqualTo("Sales Professional");
        assertThat(find(Div.class).withId("verify-facts").single().getChildren().count()).isEqualTo(6);
        assertThat(find(Div.class).withId("verify-facts").single().getElement().getTextRecursively())
                .doesNotContain("bob@northwind.test", code);
    }

    @Test
    void anUnknownCodeGetsAPlainAnswerWithoutSigningIn() {
        navigate("verify/AAAAA-BBBBB-CCCCC-DDDDD", VerifyView.class);

        assertThat(find(Paragraph.class).withId("verify-message").single().getText())
                .isEqualTo("No certificate has this code. Check the code on the certificate.");
        assertThat(find(Div.class).withId("verify-facts").all()).isEmpty();
    }

    @Test
    void aPartnerAdministratorSeesTheTeamsCertificationsAndMayRenewAnExpiringOne() {
        signInAs("alice@northwind.test");
        long award = jdbc.queryForObject("""
                select a.id from certification_award a join portal_user u on u.id = a.user_id where u.email = 'alice@northwind.test'""", Long.class);

        navigate(CertificationsView.class);

        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("status-" + award).single().getText()).isEqualTo("Expiring soon");
        assertThat(find(Anchor.class).withId("renew-" + award).single().getHref()).isEqualTo("training/quiz/sales-renewal-quiz");
        assertThat(find(Grid.class).withId("organization-grid").single()).isNotNull();
        assertThat(find(com.vaadin.flow.component.details.Details.class).withId("changes-" + award).single().getSummaryText())
                .startsWith("What changed since you certified");
    }

    @Test
    void aChannelManagerFiltersEveryAwardAndCanExportThem() {
        signInAs("manager@vendor.test");
        navigate(CertificationAdminView.class);

        @SuppressWarnings("unchecked")
        Grid<dev.partnerportal.certification.HeldCertification> grid = find(Grid.class).withId("awards-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Select<dev.partnerportal.certification.CertificationStatus> status = find(Select.class).withId("filter-status").single();
        test(status).selectItem("Active");
        assertThat(test(grid).size()).isZero();
        test(status).selectItem("Expiring soon");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).holderEmail()).isEqualTo("alice@northwind.test");
        assertThat(find(Anchor.class).withId("certifications-csv").single().getHref()).isNotBlank();
    }

    @Test
    void anEditorWritesACourseFromPublishedLessons() {
        signInAs("editor@vendor.test");
        navigate(TrainingAuthoringView.class);
        long before = jdbc.queryForObject("select count(*) from training_course", Long.class);

        test(find(Button.class).withId("new-course").single()).click();
        test(find(TextField.class).withId("course-code").single()).setValue("browserless-course");
        test(find(TextField.class).withId("course-title").single()).setValue("Written in a test");
        test(find(IntegerField.class).withId("course-minutes").single()).setValue(20);
        @SuppressWarnings("unchecked")
        Select<dev.partnerportal.content.ContentSummary> lessons = find(Select.class).withId("course-add-lesson").single();
        test(lessons).selectItem("Going live");
        test(find(Button.class).withId("course-save").single()).click();

        assertThat(jdbc.queryForObject("select count(*) from training_course", Long.class)).isEqualTo(before + 1);
        @SuppressWarnings("unchecked")
        Grid<dev.partnerportal.training.CourseOverview> courses = find(Grid.class).withId("courses-grid").single();
        assertThat(test(courses).size()).isEqualTo((int) before + 1);
    }

    @Test
    void administratorsCanRequireSeveralCertificationsForATier() {
        signInAs("admin@vendor.test");
        navigate(TierRulesView.class);

        assertThat(find(IntegerField.class).withId("certified-GOLD").single()).isNotNull();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> certification = find(MultiSelectComboBox.class).withId("certification-GOLD").single();
        assertThat(certification.getListDataView().getItems().toList()).contains("sales-professional", "implementation-specialist");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> silverCertification = find(MultiSelectComboBox.class).withId("certification-SILVER").single();
        silverCertification.setValue(Set.of("sales-professional", "implementation-specialist"));
        test(find(IntegerField.class).withId("certified-SILVER").single()).setValue(2);
        try {
            test(find(Button.class).withId("save-SILVER").single()).click();

            assertThat(jdbc.queryForList("""
                    select r.certification_code from tier_requirement r join partner_tier t on t.id = r.tier_id
                    where t.code = 'SILVER' and r.kind = 'CERTIFIED_MEMBERS' and r.minimum = 2""", String.class))
                    .containsExactlyInAnyOrder("sales-professional", "implementation-specialist");
            assertThat(jdbc.queryForObject("select t.code from partner_organization o join partner_tier t on t.id = o.tier_id where o.name = 'Contoso Ltd'",
                    String.class)).isEqualTo("REGISTERED");
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<String> reloaded = find(MultiSelectComboBox.class).withId("certification-SILVER").single();
            assertThat(reloaded.getValue()).containsExactlyInAnyOrder("sales-professional", "implementation-specialist");
        } finally {
            jdbc.update("delete from tier_requirement where kind = 'CERTIFIED_MEMBERS'");
        }
    }

    @SuppressWarnings("unchecked")
    private void answerRight(String quizKey) {
        var key = TrainingData.answerKey(jdbc, quizKey);
        for (var field : find(AbstractField.class).withClassName("training-question").all()) {
            var label = field.getElement().getProperty("label", "");
            var text = label.substring(label.indexOf(". ") + 2);
            Set<Integer> right = key.get(text);
            if (field instanceof RadioButtonGroup<?> radio) {
                var group = (RadioButtonGroup<QuizSheet.Option>) radio;
                group.getListDataView().getItems().filter(o -> right.contains(o.index())).findFirst().ifPresent(group::setValue);
            } else {
                var group = (CheckboxGroup<QuizSheet.Option>) field;
                group.setValue(group.getListDataView().getItems().filter(o -> right.contains(o.index())).collect(Collectors.toSet()));
            }
        }
    }
}
