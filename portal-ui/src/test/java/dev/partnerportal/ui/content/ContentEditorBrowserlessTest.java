package dev.partnerportal.ui.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.content.MarkdownToolbar.Action;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The body editor: the language chosen from the portal's, a sanitized live preview, the toolbar, and inline images with alt text. */
@PortalWebTest
class ContentEditorBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    ContentEditing editing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLanguageIsChosenFromThePortalsLanguagesAndThePreviewIsTheSanitizedPage() {
        signInAs("editor@vendor.test");
        navigate(ContentEditorView.class);

        @SuppressWarnings("unchecked")
        Select<String> language = find(Select.class).withId("field-language").single();
        assertThat(language.getListDataView().getItems().toList()).containsExactly("en", "ar", "hu", "ko", "vi");
        assertThat(language.getItemLabelGenerator().apply("ko")).isEqualTo("Korean");
        assertThat(language.getValue()).isEqualTo("en");

        test(find(TextArea.class).withId("field-body").single())
                .setValue("**Sell** more <script>alert(1)</script> [x](javascript:alert(1))");
        var editor = find(BodyEditor.class).withId("body-editor").single();
        assertThat(editor.previewHtml()).contains("<strong>Sell</strong>").doesNotContain("<script", "javascript:");

        find(TextArea.class).withId("field-body").single().setValue("Sell");
        editor.apply(Action.HEADING, 0, 4);
        assertThat(find(TextArea.class).withId("field-body").single().getValue()).isEqualTo("## Sell");
        assertThat(editor.previewHtml()).contains("<h2>Sell</h2>");
        assertThat(find(Button.class).withId("toolbar-quote").single().getText()).isEqualTo("Quote");
    }

    @Test
    void anInlineImageNeedsAltTextAndIsStoredWithTheItemThenInsertedAtTheEnd() throws IOException {
        signInAs("editor@vendor.test");
        var item = editing.create(ContentDraft.of(ContentType.PLAYBOOK, "Inline " + UUID.randomUUID(), "", "First line"));
        navigate("content/edit/" + item.id().value(), ContentEditorView.class);

        test(find(Button.class).withId("toolbar-image").single()).click();
        var dialog = find(InlineImageDialog.class).single();
        dialog.received("logo.png", png());
        test(find(Button.class).withId("image-insert").single()).click();
        assertThat(find(TextField.class).withId("image-alt").single().isInvalid()).isTrue();
        assertThat(attachments(item.id().value())).isZero();

        test(find(TextField.class).withId("image-alt").single()).setValue("Our logo");
        test(find(Button.class).withId("image-insert").single()).click();

        assertThat(attachments(item.id().value())).isEqualTo(1);
        long id = jdbc.queryForObject("select id from content_attachment where item_id = ?", Long.class, item.id().value());
        assertThat(find(TextArea.class).withId("field-body").single().getValue())
                .isEqualTo("First line\n![Our logo](/content-images/" + id + ")\n");
        assertThat(find(BodyEditor.class).single().previewHtml()).contains("<img src=\"/content-images/" + id + "\" alt=\"Our logo\"");
        test(find(Button.class).withId("editor-save").single()).click();
        assertThat(editing.find(item.id()).orElseThrow().toDraft().body()).contains("![Our logo](/content-images/" + id + ")");
    }

    @Test
    void aNewItemAsksToBeSavedBeforeAnImage() {
        signInAs("editor@vendor.test");
        navigate(ContentEditorView.class);

        test(find(Button.class).withId("toolbar-image").single()).click();

        assertThat(find(InlineImageDialog.class).all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("editor-message").single().getText())
                .isEqualTo("Save the item once before adding images.");
    }

    @Test
    void anEditorAddressesAnItemToAnIndustry() {
        signInAs("editor@vendor.test");
        var item = editing.create(ContentDraft.of(ContentType.PLAYBOOK, "Industry " + UUID.randomUUID(), "", "Body"));
        navigate("content/edit/" + item.id().value(), ContentEditorView.class);

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<String> industries =
                find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).withId("field-audience-industries").single();
        industries.setValue(java.util.Set.of("Retail"));
        test(find(Button.class).withId("save-audience-industries").single()).click();

        assertThat(jdbc.queryForObject("select audience_industries from content_item where id = ?", String.class, item.id().value()))
                .isEqualTo("|Retail|");
    }

    private long attachments(long item) {
        return jdbc.queryForObject("select count(*) from content_attachment where item_id = ?", Long.class, item);
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
