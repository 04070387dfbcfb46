package dev.partnerportal.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.support.TrainingData;
import dev.partnerportal.training.TrainingAuthoring.PathDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The training authoring page: learning paths written, reordered and retired; a course edited in place; Binder checks. */
@PortalWebTest
class TrainingAuthoringViewBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        TrainingData.reset(jdbc);
        jdbc.update("delete from training_path where code like 'browserless-%'");
        jdbc.update("update training_course set title = 'Implementation basics' where code = 'implementation-basics'");
    }

    @Test
    void anEditorWritesAPathReordersItsCoursesMovesItUpAndRetiresIt() {
        signInAs("editor@vendor.test");
        navigate(TrainingAuthoringView.class);

        test(find(Button.class).withId("new-path").single()).click();
        test(find(TextField.class).withId("path-code").single()).setValue("browserless-path");
        test(find(TextField.class).withId("path-title").single()).setValue("Written in a test");
        @SuppressWarnings("unchecked")
        Select<String> add = find(Select.class).withId("path-add-course").single();
        test(add).selectItem("Sales fundamentals");
        test(add).selectItem("Implementation basics");
        test(find(Button.class).withId("path-course-up-implementation-basics").single()).click();
        test(find(Button.class).withId("path-save").single()).click();

        assertThat(jdbc.queryForObject("select course_codes from training_path where code = 'browserless-path'", String.class))
                .isEqualTo("|implementation-basics|sales-fundamentals|");
        assertThat(paths()).extracting(PathDraft::code).containsExactly("new-partner-essentials", "browserless-path");

        test(pathAction("browserless-path", "path-up-browserless-path")).click();
        assertThat(paths()).extracting(PathDraft::code).containsExactly("browserless-path", "new-partner-essentials");

        test(pathAction("browserless-path", "path-retire-browserless-path")).click();
        assertThat(paths()).extracting(PathDraft::code, PathDraft::retired).containsExactly(
                org.assertj.core.groups.Tuple.tuple("new-partner-essentials", false),
                org.assertj.core.groups.Tuple.tuple("browserless-path", true));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action like 'LEARNING_PATH_%' and detail like 'browserless-path%'",
                Long.class)).isEqualTo(3);
    }

    @Test
    void theFormRefusesAPathWithoutTitleOrCoursesAndWritesNothing() {
        signInAs("editor@vendor.test");
        navigate(TrainingAuthoringView.class);
        long before = jdbc.queryForObject("select count(*) from training_path", Long.class);

        test(find(Button.class).withId("new-path").single()).click();
        test(find(TextField.class).withId("path-code").single()).setValue("Not A Code");
        test(find(Button.class).withId("path-save").single()).click();
        assertThat(find(TextField.class).withId("path-code").single().isInvalid()).isTrue();
        assertThat(find(TextField.class).withId("path-title").single().isInvalid()).isTrue();

        test(find(TextField.class).withId("path-code").single()).setValue("browserless-empty");
        test(find(TextField.class).withId("path-title").single()).setValue("No courses");
        test(find(Button.class).withId("path-save").single()).click();
        assertThat(find(Paragraph.class).withId("path-error").single().getText()).isEqualTo("Add at least one course.");

        assertThat(jdbc.queryForObject("select count(*) from training_path", Long.class)).isEqualTo(before);
    }

    @Test
    void editingACourseKeepsItsCodeAndChangesTheSameRow() {
        signInAs("editor@vendor.test");
        navigate(TrainingAuthoringView.class);
        long id = jdbc.queryForObject("select id from training_course where code = 'implementation-basics'", Long.class);

        @SuppressWarnings("unchecked")
        Grid<dev.partnerportal.training.CourseOverview> courses = find(Grid.class).withId("courses-grid").single();
        int row = java.util.stream.IntStream.range(0, test(courses).size())
                .filter(i -> test(courses).getRow(i).code().equals("implementation-basics")).findFirst().orElseThrow();
        var edit = (Button) test(courses).getCellComponent(row, 4);
        assertThat(edit.getId()).contains("course-edit-implementation-basics");
        test(edit).click();
        var code = find(TextField.class).withId("course-code").single();
        assertThat(code.getValue()).isEqualTo("implementation-basics");
        assertThat(code.isReadOnly()).isTrue();
        test(find(TextField.class).withId("course-title").single()).setValue("Implementation basics, revised");
        find(IntegerField.class).withId("course-minutes").single().clear();
        test(find(Button.class).withId("course-save").single()).click();
        assertThat(find(IntegerField.class).withId("course-minutes").single().isInvalid()).as("Binder requires the minutes").isTrue();
        assertThat(jdbc.queryForObject("select title from training_course where id = ?", String.class, id))
                .as("nothing saved yet").isEqualTo("Implementation basics");
        test(find(IntegerField.class).withId("course-minutes").single()).setValue(60);
        test(find(Button.class).withId("course-save").single()).click();

        assertThat(jdbc.queryForObject("select title from training_course where id = ?", String.class, id))
                .isEqualTo("Implementation basics, revised");
        assertThat(jdbc.queryForObject("select count(*) from training_course where code like 'implementation-basics%'", Long.class))
                .isEqualTo(1);
    }

    /** The action button with {@code id} in the row of path {@code code} (grid cells are not in the component tree). */
    @SuppressWarnings("unchecked")
    private Button pathAction(String code, String id) {
        Grid<PathDraft> grid = find(Grid.class).withId("paths-grid").single();
        int row = java.util.stream.IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).code().equals(code))
                .findFirst().orElseThrow();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid).getCellComponent(row, 4);
        return actions.getChildren().filter(c -> c.getId().orElse("").equals(id)).map(Button.class::cast).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<PathDraft> paths() {
        Grid<PathDraft> grid = find(Grid.class).withId("paths-grid").single();
        return test(grid).size() == 0 ? java.util.List.of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }
}
