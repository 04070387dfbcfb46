package dev.partnerportal.ui.content;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.content.CheatSheet;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentLanguages;
import dev.partnerportal.content.ContentType;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Every editable field of an item, including the cheat sheet sections. Reads and writes a
 * {@link ContentDraft}; the draft's own checks decide what is valid. Times are entered in UTC.
 */
class ContentForm extends FormLayout {

    final Select<ContentType> type = new Select<>();
    final TextField title = new TextField();
    final TextField slug = new TextField();
    final TextArea summary = new TextArea();
    final TextArea body = new TextArea();
    final Select<String> language = new Select<>();
    final BodyEditor bodyEditor;
    final MultiSelectComboBox<String> industries = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> products = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> tiers = new MultiSelectComboBox<>();
    final TextField tags = new TextField();
    final DatePicker reviewBy = new DatePicker();
    final DateTimePicker publishAt = new DateTimePicker();
    final DateTimePicker expireAt = new DateTimePicker();
    final Map<String, TextArea> sections = new LinkedHashMap<>();

    ContentForm(List<String> industryTerms, List<String> productTerms, List<String> regionTerms, List<String> tierCodes,
                UnaryOperator<String> renderPreview) {
        setId("content-form");
        type.setItems(ContentType.values());
        type.setItemLabelGenerator(t -> getTranslation("contentType." + t.name()));
        type.setValue(ContentType.CHEAT_SHEET);
        setUp(type, "type");
        setUp(title, "title");
        title.setMaxLength(ContentDraft.TITLE_MAX_LENGTH);
        title.setRequired(true);
        setUp(slug, "slug");
        slug.setMaxLength(ContentDraft.SLUG_MAX_LENGTH);
        slug.setHelperText(getTranslation("editor.field.slug.help"));
        setUp(summary, "summary");
        summary.setMaxLength(ContentDraft.SUMMARY_MAX_LENGTH);
        body.setId("field-body");
        body.setLabel(getTranslation("editor.field.body"));
        body.setMaxLength(ContentDraft.BODY_MAX_LENGTH);
        body.setHelperText(getTranslation("editor.field.body.help"));
        body.setMinHeight("12em");
        bodyEditor = new BodyEditor(body, renderPreview);
        add(bodyEditor);
        setColspan(bodyEditor, 2);
        // The portal's languages, not free text; an older item in another language keeps it as a choice.
        language.setItems(ContentLanguages.CODES);
        language.setItemLabelGenerator(code -> code == null ? "" : ContentLanguages.CODES.contains(code)
                ? getTranslation("editor.language." + code) : code);
        setUp(language, "language");
        language.setLabel(getTranslation("editor.field.languageChoice"));
        language.setValue("en");
        industries.setItems(LocaleFormats.sortedByName(industryTerms, term -> term, getLocale()));
        setUp(industries, "industries");
        products.setItems(LocaleFormats.sortedByName(productTerms, term -> term, getLocale()));
        setUp(products, "products");
        regions.setItems(LocaleFormats.sortedByName(regionTerms, term -> term, getLocale()));
        setUp(regions, "regions");
        regions.setHelperText(getTranslation("editor.field.everyone"));
        tiers.setItems(tierCodes);
        setUp(tiers, "tiers");
        tiers.setHelperText(getTranslation("editor.field.everyone"));
        setUp(tags, "tags");
        tags.setHelperText(getTranslation("editor.field.tags.help"));
        setUp(reviewBy, "reviewBy");
        setUp(publishAt, "publishAt");
        setUp(expireAt, "expireAt");
        setColspan(summary, 2);
        var sheetHeading = new H3(getTranslation("editor.cheatSheet"));
        add(sheetHeading);
        setColspan(sheetHeading, 2);
        for (var key : CheatSheet.SECTIONS) {
            var area = new TextArea(getTranslation("cheatSheet." + key));
            area.setId("sheet-" + key);
            area.setMaxLength(CheatSheet.SECTION_MAX_LENGTH);
            sections.put(key, area);
            add(area);
        }
    }

    private void setUp(com.vaadin.flow.component.Component field, String key) {
        field.setId("field-" + key);
        field.getElement().setProperty("label", getTranslation("editor.field." + key));
        add(field);
    }

    void write(ContentDraft draft) {
        type.setValue(draft.type());
        title.setValue(draft.title());
        slug.setValue(draft.slug());
        summary.setValue(draft.summary());
        body.setValue(draft.body());
        if (!ContentLanguages.CODES.contains(draft.language())) {
            var offered = new java.util.ArrayList<>(ContentLanguages.CODES);
            offered.add(draft.language());
            language.setItems(offered);
        }
        language.setValue(draft.language());
        industries.setValue(new TreeSet<>(draft.industries()));
        products.setValue(new TreeSet<>(draft.products()));
        regions.setValue(new TreeSet<>(draft.regions()));
        tiers.setValue(new TreeSet<>(draft.tiers()));
        tags.setValue(String.join(", ", draft.tags()));
        reviewBy.setValue(draft.reviewBy());
        publishAt.setValue(draft.publishAt() == null ? null : draft.publishAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
        expireAt.setValue(draft.expireAt() == null ? null : draft.expireAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
        draft.cheatSheet().asMap().forEach((key, text) -> sections.get(key).setValue(text));
    }

    /** The fields as a draft; throws {@link IllegalArgumentException} with the reason when one is invalid. */
    ContentDraft read() {
        var sheet = new LinkedHashMap<String, String>();
        sections.forEach((key, area) -> sheet.put(key, area.getValue()));
        return new ContentDraft(type.getValue(), title.getValue(), slug.getValue(), summary.getValue(), body.getValue(),
                language.getValue(), List.copyOf(industries.getValue()), List.copyOf(products.getValue()),
                List.copyOf(regions.getValue()), List.copyOf(tiers.getValue()), splitTags(tags.getValue()),
                reviewBy.getValue(), CheatSheet.of(sheet),
                publishAt.getValue() == null ? null : publishAt.getValue().toInstant(ZoneOffset.UTC),
                expireAt.getValue() == null ? null : expireAt.getValue().toInstant(ZoneOffset.UTC));
    }

    private static List<String> splitTags(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
