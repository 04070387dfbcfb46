package dev.partnerportal.ui.content;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.partnerportal.ui.content.MarkdownToolbar.Action;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The body as marketing people write it: a formatting toolbar over the Markdown text area, and beside it a
 * live preview rendered on the server by the same sanitizing pipeline as the published page. The preview
 * follows typing after a pause (the text area sends its value on a timeout), never per keystroke.
 */
class BodyEditor extends Div {

    /** How long typing must pause before the preview is rendered again. */
    static final int PREVIEW_DELAY_MS = 400;

    private final TextArea body;
    private final UnaryOperator<String> render;
    private final Div preview = new Div();
    private @Nullable Runnable imageAction;

    BodyEditor(TextArea body, UnaryOperator<String> render) {
        this.body = body;
        this.render = render;
        addClassName("body-editor");
        setId("body-editor");
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(PREVIEW_DELAY_MS);
        body.addValueChangeListener(e -> refreshPreview());
        var toolbar = new Div();
        toolbar.addClassName("body-editor-toolbar");
        toolbar.setId("body-toolbar");
        toolbar.getElement().setAttribute("role", "toolbar");
        toolbar.getElement().setAttribute("aria-label", getTranslation("editor.toolbar"));
        for (var action : Action.values()) {
            var button = new Button(getTranslation("editor.toolbar." + action.name().toLowerCase(Locale.ROOT)),
                    click -> onToolbar(action));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setId("toolbar-" + action.name().toLowerCase(Locale.ROOT));
            toolbar.add(button);
        }
        preview.addClassNames("body-editor-preview", "library-body");
        preview.setId("body-preview");
        var writing = new Div(toolbar, body);
        writing.addClassName("body-editor-writing");
        var previewPane = new Div(new H4(getTranslation("editor.preview")), preview);
        previewPane.addClassName("body-editor-preview-pane");
        add(writing, previewPane);
        refreshPreview();
    }

    /** The image button opens this (the upload dialog) instead of inserting a placeholder. */
    void onImage(@Nullable Runnable action) {
        this.imageAction = action;
    }

    /** Inserts {@code markdown} on a line of its own at the end of the body. */
    void insert(String markdown) {
        var text = body.getValue();
        body.setValue(text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + markdown + "\n");
    }

    private void onToolbar(Action action) {
        if (action == Action.IMAGE && imageAction != null) {
            imageAction.run();
            return;
        }
        // The selection lives in the browser; ask for it, then edit the text here.
        body.getElement().executeJs("const t = this.inputElement; return t ? t.selectionStart + ',' + t.selectionEnd : '';")
                .then(String.class, range -> {
                    var parts = range.split(",");
                    int end = body.getValue().length();
                    apply(action, parts.length == 2 ? Integer.parseInt(parts[0]) : end, parts.length == 2 ? Integer.parseInt(parts[1]) : end);
                });
    }

    /** Applies a toolbar action to the selection {@code start}..{@code end} and restores the selection. */
    void apply(Action action, int start, int end) {
        var edit = MarkdownToolbar.apply(body.getValue(), start, end, action, getTranslation("editor.toolbar.placeholder"));
        body.setValue(edit.text());
        body.getElement().executeJs("const t = this.inputElement; if (t) { t.focus(); t.setSelectionRange($0, $1); }",
                edit.selectionStart(), edit.selectionEnd());
    }

    private void refreshPreview() {
        preview.getElement().setProperty("innerHTML", render.apply(body.getValue() == null ? "" : body.getValue()));
    }

    /** The rendered preview, as the browser receives it. */
    String previewHtml() {
        return preview.getElement().getProperty("innerHTML", "");
    }
}
