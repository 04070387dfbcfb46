package dev.partnerportal.content;

import dev.partnerportal.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * An item as one text: YAML front matter with every field, then the Markdown body. The same format is
 * stored for each revision (so a diff reads like the file an author would edit) and used by bulk import
 * and export. Parsing uses SnakeYAML's safe constructor: plain maps, lists and scalars only.
 */
public final class ContentDocument {

    private static final String FENCE = "---";

    private ContentDocument() {
    }

    public static String write(ContentDraft draft) {
        var front = new LinkedHashMap<String, Object>();
        front.put("type", draft.type().name());
        front.put("title", draft.title());
        front.put("slug", draft.slug());
        front.put("summary", draft.summary());
        front.put("language", draft.language());
        front.put("industries", draft.industries());
        front.put("products", draft.products());
        front.put("regions", draft.regions());
        front.put("tiers", draft.tiers());
        front.put("tags", draft.tags());
        front.put("reviewBy", draft.reviewBy() == null ? "" : draft.reviewBy().toString());
        front.put("publishAt", draft.publishAt() == null ? "" : draft.publishAt().toString());
        front.put("expireAt", draft.expireAt() == null ? "" : draft.expireAt().toString());
        if (!draft.cheatSheet().isEmpty()) {
            front.put("cheatSheet", draft.cheatSheet().asMap());
        }
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        options.setAllowUnicode(true);
        var yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options);
        var body = draft.body().endsWith("\n") || draft.body().isEmpty() ? draft.body() : draft.body() + "\n";
        return FENCE + "\n" + yaml.dump(front) + FENCE + "\n" + body;
    }

    /** Parses a document; throws a {@link RuleViolation} with a {@link ContentError} code on bad input. */
    public static ContentDraft read(String text) {
        var normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith(FENCE + "\n")) {
            throw new RuleViolation(ContentError.DOCUMENT_NO_FRONT_MATTER);
        }
        var end = normalized.indexOf("\n" + FENCE + "\n", FENCE.length());
        var endAtEof = normalized.endsWith("\n" + FENCE) ? normalized.length() - FENCE.length() - 1 : -1;
        if (end < 0 && endAtEof < 0) {
            throw new RuleViolation(ContentError.DOCUMENT_UNCLOSED_FRONT_MATTER);
        }
        var frontEnd = end >= 0 ? end : endAtEof;
        var frontText = normalized.substring(FENCE.length() + 1, frontEnd);
        var body = end >= 0 ? normalized.substring(end + FENCE.length() + 2) : "";
        Object loaded;
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            loaded = new Yaml(new SafeConstructor(options)).load(frontText);
        } catch (YAMLException e) {
            throw new RuleViolation(ContentError.DOCUMENT_INVALID_YAML);
        }
        if (!(loaded instanceof Map<?, ?> front)) {
            throw new RuleViolation(ContentError.DOCUMENT_NOT_A_MAPPING);
        }
        var typeName = string(front.get("type"), "type");
        ContentType type;
        try {
            type = ContentType.valueOf(typeName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ContentError.DOCUMENT_TYPE, List.of(ContentType.values()).toString());
        }
        var sheet = front.get("cheatSheet");
        var sections = new LinkedHashMap<String, String>();
        if (sheet instanceof Map<?, ?> map) {
            map.forEach((k, v) -> sections.put(String.valueOf(k), string(v, "cheatSheet." + k)));
        } else if (sheet != null) {
            throw new RuleViolation(ContentError.DOCUMENT_CHEAT_SHEET);
        }
        var language = string(front.get("language"), "language");
        return new ContentDraft(type, string(front.get("title"), "title"), string(front.get("slug"), "slug"),
                string(front.get("summary"), "summary"), body, language.isEmpty() ? "en" : language,
                list(front.get("industries"), "industries"), list(front.get("products"), "products"),
                list(front.get("regions"), "regions"), list(front.get("tiers"), "tiers"),
                list(front.get("tags"), "tags"), date(front.get("reviewBy")), CheatSheet.of(sections),
                instant(front.get("publishAt"), "publishAt"), instant(front.get("expireAt"), "expireAt"));
    }

    private static String string(@Nullable Object value, String field) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new RuleViolation(ContentError.DOCUMENT_SINGLE_VALUE, field);
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return String.valueOf(value);
    }

    private static List<String> list(@Nullable Object value, String field) {
        if (value == null || "".equals(value)) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new RuleViolation(ContentError.DOCUMENT_LIST, field);
        }
        var result = new ArrayList<String>();
        items.forEach(item -> result.add(string(item, field)));
        return result;
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        var text = string(value, "reviewBy").strip();
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(ContentError.DOCUMENT_DATE, "reviewBy");
        }
    }

    private static @Nullable Instant instant(@Nullable Object value, String field) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        var text = string(value, field).strip();
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(ContentError.DOCUMENT_TIME, field);
        }
    }
}
