package dev.partnerportal.ui;

import dev.partnerportal.support.PortalBrowserlessTest;
import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.content.ContentEditorView;
import dev.partnerportal.ui.content.ContentListView;
import dev.partnerportal.ui.content.ContentTransferView;
import dev.partnerportal.ui.error.NotFoundView;
import dev.partnerportal.ui.content.CheatSheetPrintView;
import dev.partnerportal.ui.content.LibraryItemView;
import dev.partnerportal.ui.content.LibraryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The editor pages and the library without a browser, on the demo content. */
@PortalWebTest
class ContentViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    ContentEditing editing;
    @Autowired
    JdbcTemplate jdbc;


    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    private String text(String id) {
        return find(Span.class).withId(id).single().getText();
    }

    private List<String> libraryTitles() {
        @SuppressWarnings("unchecked")
        Grid<ContentSummary> grid = find(Grid.class).withId("library-grid").single();
        var titles = new ArrayList<String>();
        for (var i = 0; i < test(grid).size(); i++) {
            titles.add(test(grid).getRow(i).title());
        }
        return titles;
    }

    private ContentSummary submittedByEditor(String title) {
        signInAs("editor@vendor.test");
        var item = editing.create(ContentDraft.of(ContentType.PLAYBOOK, title, "Summary", "First line"));
        editing.submit(item.id());
        return item;
    }

    @Test
    void anEditorWritesACheatSheetWithItsSectionsSavesAndSubmits() {
        signInAs("editor@vendor.test");
        navigate(ContentEditorView.class);
        var title = "Browserless sheet " + UUID.randomUUID();

        test(find(TextField.class).withId("field-title").single()).setValue(title);
        test(find(TextArea.class).withId("sheet-pitch").single()).setValue("Sell the outcome");
        click("editor-save");

        assertThat(text("editor-message")).isEqualTo("Saved as a new revision.");
        assertThat(text("editor-status")).isEqualTo("Draft · revision 1");
        click("editor-submit");
        assertThat(text("editor-status")).startsWith("In review");
        assertThat(find(Button.class).withId("editor-approve").all()).as("editors never approve").isEmpty();
    }

    @Test
    void aManagerApprovesWhatTheEditorSubmitted() {
        var item = submittedByEditor("To approve " + UUID.randomUUID());
        signInAs("manager@vendor.test");

        navigate("content/edit/" + item.id().value(), ContentEditorView.class);
        click("editor-approve");

        assertThat(text("editor-status")).startsWith("Published");
    }

    @Test
    void aStaleSaveShowsWhoSavedFirstAndHistoryShowsTheDiff() {
        var item = submittedByEditor("Conflict " + UUID.randomUUID());
        navigate("content/edit/" + item.id().value(), ContentEditorView.class);
        elsewhereAs("manager@vendor.test", () -> {
            var draft = editing.find(item.id()).orElseThrow().toDraft();
            editing.update(item.id(), editing.find(item.id()).orElseThrow().summary().version(),
                    draft.withTitleAndBody(draft.title(), "Manager line"));
        });

        test(find(TextArea.class).withId("field-body").single()).setValue("Editor line");
        click("editor-save");

        assertThat(text("editor-message")).contains("manager@vendor.test saved revision 2", "Nothing was saved");
        navigate("content/edit/" + item.id().value(), ContentEditorView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> history = find(Grid.class).withId("history-grid").single();
        var buttons = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(history).getCellComponent(0, 4);
        test((Button) buttons.getComponentAt(0)).click();
        var diff = find(Div.class).withId("diff").single();
        assertThat(diff.getElement().getTextRecursively()).contains("- First line", "+ Manager line");
    }

    @Test
    void theListFlagsItemsPastTheirReviewDate() {
        signInAs("editor@vendor.test");

        navigate(ContentListView.class);

        assertThat(find(Paragraph.class).withId("review-overdue-banner").single().getText())
                .contains("past their review-by date");
    }

    @Test
    void theTransferPageOffersTheExportAndTheImportWithAHiddenProgressBar() {
        signInAs("editor@vendor.test");
        navigate(ContentListView.class);

        navigate("content/transfer", ContentTransferView.class);

        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("export-link").single().getText())
                .isEqualTo("Download all content as a zip");
        assertThat(find(com.vaadin.flow.component.upload.Upload.class).withId("import-upload").all()).hasSize(1);
        assertThat(find(com.vaadin.flow.component.progressbar.ProgressBar.class).withId("import-progress").all())
                .as("the progress bar shows only while an import runs").isEmpty();
    }

    @Test
    void goldNorthwindSeesTheGoldOnlyItemAndRegisteredContosoDoesNot() {
        signInAs("alice@northwind.test");
        navigate(LibraryView.class);
        assertThat(libraryTitles()).contains("Gold partner deal desk playbook", "Commerce Suite for retailers");

        signInAs("carol@contoso.test");
        navigate(LibraryView.class);
        assertThat(libraryTitles()).contains("Commerce Suite for retailers").doesNotContain("Gold partner deal desk playbook");
        navigate("library/gold-partner-deal-desk-playbook", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aPartnerReadsACheatSheetPrintsItAndSaysItHelpedAndEditorsSeeThat() {
        signInAs("bob@northwind.test");
        navigate("library/commerce-suite-retail", LibraryItemView.class);
        assertThat(find(H2.class).withId("item-title").single().getText()).isEqualTo("Commerce Suite for retailers");
        assertThat(find(Div.class).withId("cheat-sheet").single().getElement().getTextRecursively())
                .contains("The pitch", "One stock figure everywhere");

        test(find(TextArea.class).withId("feedback-comment").single()).setValue("Used it today");
        click("feedback-yes");
        assertThat(find(Paragraph.class).withId("feedback-thanks").all()).hasSize(1);

        navigate("library/commerce-suite-retail/print", CheatSheetPrintView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Who buys it", "Proof points");

        signInAs("editor@vendor.test");
        var id = jdbc.queryForObject("select id from content_item where slug = 'commerce-suite-retail'", Long.class);
        navigate("content/edit/" + id, ContentEditorView.class);
        assertThat(find(Div.class).withId("item-feedback").single().getElement().getTextRecursively())
                .contains("Northwind Traders", "Used it today");
    }

    @Test
    void aHungarianReaderSeesTheHungarianVersionFirstAndTheLibraryListsTheGroupOnce() {
        signInAs("bob@northwind.test");
        UI.getCurrent().setLocale(Locale.forLanguageTag("hu"));
        try {
            navigate(LibraryView.class);
            assertThat(libraryTitles()).contains("Commerce Suite kiskereskedőknek")
                    .doesNotContain("Commerce Suite for retailers", "소매업체를 위한 Commerce Suite");

            navigate("library/commerce-suite-retail", LibraryItemView.class);
            assertThat(find(H2.class).withId("item-title").single().getText()).isEqualTo("Commerce Suite kiskereskedőknek");
            assertThat(getCurrentView().getElement().getTextRecursively())
                    .contains("Commerce Suite for retailers (en)", "소매업체를 위한 Commerce Suite (ko)");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }
}
