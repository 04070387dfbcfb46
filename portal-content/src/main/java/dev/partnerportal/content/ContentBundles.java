package dev.partnerportal.content;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import and export: a zip of Markdown files with YAML front matter ({@link ContentDocument}), one
 * item per file. Import is idempotent by slug (the front matter's, or the file name's) and all or nothing:
 * every file is checked first, and a single bad file means nothing is written and every problem is
 * reported per file. Imported changes arrive as drafts, to go through review like any other change.
 */
@Service
public class ContentBundles {

    public static final int MAX_FILES = 500;
    public static final int MAX_FILE_BYTES = 512 * 1024;
    static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    /** The largest zip accepted; uploads enforce it on the server while the bytes arrive. */
    public static final int MAX_ZIP_BYTES = 20 * 1024 * 1024;

    private final ContentItems items;
    private final ContentRevisions revisions;
    private final ContentRules rules;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    ContentBundles(ContentItems items, ContentRevisions revisions, ContentRules rules, CallerContext callers,
                   ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.items = items;
        this.revisions = revisions;
        this.rules = rules;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** Writes every item (all states) as {@code <slug>.md} into a zip; returns how many. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public int export(OutputStream out) {
        var all = items.findAll(org.springframework.data.domain.Sort.by("slug"));
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var item : all) {
                zip.putNextEntry(new ZipEntry(item.slug() + ".md"));
                zip.write(ContentDocument.write(item.toDraft()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.recordRead(AuditAction.CONTENT_EXPORTED, null, all.size() + " items");
        return all.size();
    }

    /**
     * Imports a zip. {@code progress} hears (files done, files in total) while the files are checked and
     * applied, so a UI can show a progress bar.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional
    public ImportReport importZip(byte[] zip, BiConsumer<Integer, Integer> progress) {
        var errors = new ArrayList<ImportReport.FileError>();
        if (zip.length > MAX_ZIP_BYTES) {
            errors.add(ImportReport.FileError.of("", ContentError.BUNDLE_TOO_LARGE, MAX_ZIP_BYTES / (1024 * 1024)));
            return new ImportReport(0, 0, 0, 0, List.copyOf(errors));
        }
        var files = readEntries(zip, errors);
        var drafts = new LinkedHashMap<String, ContentDraft>();
        var slugs = new HashSet<String>();
        var done = 0;
        for (var file : files.entrySet()) {
            try {
                var draft = ContentDocument.read(file.getValue());
                if (draft.slug().isEmpty()) {
                    draft = draft.withSlug(baseName(file.getKey()));
                }
                rules.check(draft);
                requireLanguageFreeInGroup(draft);
                if (!slugs.add(draft.slug())) {
                    throw new RuleViolation(ContentError.BUNDLE_DUPLICATE_SLUG, draft.slug());
                }
                drafts.put(file.getKey(), draft);
            } catch (RuleViolation e) {
                errors.add(ImportReport.FileError.of(file.getKey(), e));
            }
            progress.accept(++done, files.size() * 2);
        }
        if (!errors.isEmpty() || files.isEmpty()) {
            if (files.isEmpty() && errors.isEmpty()) {
                errors.add(ImportReport.FileError.of("", ContentError.BUNDLE_EMPTY));
            }
            return new ImportReport(files.size(), 0, 0, 0, List.copyOf(errors));
        }
        var caller = callers.require();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var draft : drafts.values()) {
            var existing = items.findBySlug(draft.slug());
            var now = clock.instant();
            if (existing.isEmpty()) {
                var item = items.save(new ContentItem(draft, draft.slug(), caller.userId(), UUID.randomUUID().toString(), now));
                revisions.keep(item, caller.username(), now, "imported");
                created++;
            } else if (ContentDocument.write(existing.get().toDraft()).equals(ContentDocument.write(draft))) {
                unchanged++;
            } else {
                var item = existing.get();
                if (item.edit(draft, draft.slug(), caller.userId(), now)) {
                    events.publishEvent(new ContentWithdrawn(item.id()));
                }
                revisions.keep(item, caller.username(), now, "imported");
                updated++;
            }
            progress.accept(++done, files.size() * 2);
        }
        audit.recordChange(AuditAction.CONTENT_IMPORTED, null,
                created + " created, " + updated + " updated, " + unchanged + " unchanged");
        return new ImportReport(files.size(), created, updated, unchanged, List.of());
    }

    /** An update may not give an item a language that another item of its translation group has. */
    private void requireLanguageFreeInGroup(ContentDraft draft) {
        items.findBySlug(draft.slug()).ifPresent(existing -> items.findByTranslationGroupOrderByLanguage(
                        existing.translationGroup()).stream()
                .filter(other -> !other.id().equals(existing.id()) && other.language().equals(draft.language()))
                .findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation(ContentError.TRANSLATION_LANGUAGE_TAKEN, draft.language(), other.title());
                }));
    }

    /** The Markdown files of the zip by name; anything else, oversized or unreadable is an error. */
    private static LinkedHashMap<String, String> readEntries(byte[] zip, List<ImportReport.FileError> errors) {
        var files = new LinkedHashMap<String, String>();
        long total = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                var name = Terms.printable(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    errors.add(ImportReport.FileError.of(name, ContentError.BUNDLE_TOO_MANY_FILES, MAX_FILES));
                    break;
                }
                var bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                total += bytes.length;
                if (!entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
                    errors.add(ImportReport.FileError.of(name, ContentError.BUNDLE_NOT_MARKDOWN));
                } else if (bytes.length > MAX_FILE_BYTES || total > MAX_TOTAL_BYTES) {
                    errors.add(ImportReport.FileError.of(name, ContentError.BUNDLE_FILE_TOO_LARGE, MAX_FILE_BYTES / 1024));
                } else {
                    var text = utf8(bytes, name, errors);
                    if (text != null) {
                        files.put(name, text);
                    }
                }
            }
        } catch (IOException e) {
            errors.add(ImportReport.FileError.of("", ContentError.BUNDLE_NOT_A_ZIP));
        }
        if (files.isEmpty() && errors.isEmpty() && zip.length > 0 && !looksLikeZip(zip)) {
            errors.add(ImportReport.FileError.of("", ContentError.BUNDLE_NOT_A_ZIP));
        }
        return files;
    }

    private static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    private static @Nullable String utf8(byte[] bytes, String name, List<ImportReport.FileError> errors) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.add(ImportReport.FileError.of(name, ContentError.BUNDLE_NOT_UTF8));
            return null;
        }
    }

    private static String baseName(String fileName) {
        var name = fileName.substring(fileName.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".md".length()).toLowerCase(java.util.Locale.ROOT);
    }
}
