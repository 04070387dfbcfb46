package dev.partnerportal.api;

import dev.partnerportal.content.CheatSheet;
import dev.partnerportal.content.CheatSheetPdf;
import dev.partnerportal.content.ContentDetails;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentError;
import dev.partnerportal.content.ContentFilter;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentStatus;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Content items for integrations and bulk work. Staff write and read every state; partners read only
 * published items inside their audience, and every other id answers 404 as if it did not exist.
 */
@RestController
@Tag(name = "Content")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class ContentController {

    private final ContentEditing editing;
    private final ContentLibrary library;
    private final CallerContext callers;
    private final CheatSheetPdf cheatSheets;

    ContentController(ContentEditing editing, ContentLibrary library, CallerContext callers, CheatSheetPdf cheatSheets) {
        this.editing = editing;
        this.library = library;
        this.callers = callers;
        this.cheatSheets = cheatSheets;
    }

    /** The writable fields; lists may be omitted (empty = every tier or region for the audience). */
    record ContentRequest(
            @NotNull ContentType type,
            @NotBlank @Size(max = ContentDraft.TITLE_MAX_LENGTH) String title,
            @Size(max = ContentDraft.SLUG_MAX_LENGTH) @Nullable String slug,
            @Size(max = ContentDraft.SUMMARY_MAX_LENGTH) @Nullable String summary,
            @Size(max = ContentDraft.BODY_MAX_LENGTH) @Nullable String body,
            @Size(max = ContentDraft.LANGUAGE_MAX_LENGTH) @Nullable String language,
            @Nullable List<String> industries,
            @Nullable List<String> products,
            @Nullable List<String> regions,
            @Nullable List<String> tiers,
            @Nullable List<String> tags,
            @Nullable LocalDate reviewBy,
            @Nullable Map<String, String> cheatSheet,
            @Nullable Instant publishAt,
            @Nullable Instant expireAt,
            @Nullable Long version) {

        ContentDraft toDraft() {
            return new ContentDraft(type, title, slug, summary, body, language == null ? "en" : language,
                    orEmpty(industries), orEmpty(products), orEmpty(regions), orEmpty(tiers), orEmpty(tags), reviewBy,
                    cheatSheet == null ? CheatSheet.EMPTY : CheatSheet.of(cheatSheet), publishAt, expireAt);
        }

        private static List<String> orEmpty(@Nullable List<String> values) {
            return values == null ? List.of() : values;
        }
    }

    record Saved(long id, String slug, ContentStatus status, long version) {
        static Saved of(ContentSummary s) {
            return new Saved(s.id().value(), s.slug(), s.status(), s.version());
        }
    }

    record Item(long id, String slug, ContentType type, String title, String summary, String language,
                ContentStatus status, List<String> industries, List<String> products, List<String> regions,
                List<String> tiers, List<String> tags, @Nullable LocalDate reviewBy, boolean reviewOverdue,
                @Nullable Instant publishedAt, int revision, long version) {
        static Item of(ContentSummary s) {
            return new Item(s.id().value(), s.slug(), s.type(), s.title(), s.summary(), s.language(), s.status(),
                    s.industries(), s.products(), s.regions(), s.tiers(), s.tags(), s.reviewBy(), s.reviewOverdue(),
                    s.publishedAt(), s.revision(), s.version());
        }
    }

    record ItemDetails(Item item, String body, String html, Map<String, String> cheatSheet,
                       @Nullable Instant publishAt, @Nullable Instant expireAt, List<Translation> translations) {
        record Translation(long id, String slug, String language, String title) {
        }

        static ItemDetails of(ContentDetails d) {
            return new ItemDetails(Item.of(d.summary()), d.body(), d.html(), d.cheatSheet().asMap(), d.publishAt(),
                    d.expireAt(), d.translations().stream()
                    .map(t -> new Translation(t.id().value(), t.slug(), t.language(), t.title())).toList());
        }
    }

    @PostMapping("/api/content")
    @Operation(summary = "Create a draft (editors, channel managers, administrators)")
    ResponseEntity<Saved> create(@Valid @RequestBody ContentRequest request) {
        var saved = editing.create(request.toDraft());
        return ResponseEntity.created(URI.create("/api/content/" + saved.id().value())).body(Saved.of(saved));
    }

    @PutMapping("/api/content/{id}")
    @Operation(summary = "Save a new revision; send the version you read, or get 409 if someone saved since")
    Saved update(@PathVariable long id, @Valid @RequestBody ContentRequest request) {
        if (request.version() == null) {
            throw new RuleViolation(ContentError.VERSION_REQUIRED);
        }
        return Saved.of(editing.update(ContentItemId.of(id), request.version(), request.toDraft()));
    }

    @GetMapping("/api/content/{id}")
    @Operation(summary = "One item with its sanitized HTML, if the caller may see it; for partners with lang (e.g. hu), "
            + "its translation in that language where one exists")
    ItemDetails one(@PathVariable long id, @RequestParam(required = false) @Nullable String lang) {
        var itemId = ContentItemId.of(id);
        var found = callers.require().isStaff() ? editing.find(itemId)
                : lang == null ? library.find(itemId) : library.find(itemId, lang);
        return found.map(ItemDetails::of).orElseThrow(NotFoundException::new);
    }

    @GetMapping(value = "/api/content/{id}/cheat-sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The item's cheat sheet as a one-page PDF co-branded for the caller's organization (any script); "
            + "an item outside the caller's audience answers 404. Headings in the language of lang (en, ar, hu, ko, vi), "
            + "else of Accept-Language, else English")
    ResponseEntity<byte[]> cheatSheet(@PathVariable long id, @RequestParam(required = false) @Nullable String lang,
                                      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        return cheatSheets.cobranded(ContentItemId.of(id), RequestLanguage.of(lang, acceptLanguage)).map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cheat-sheet-" + id + ".pdf\"")
                        .body(bytes))
                .orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/content")
    @Operation(summary = "Items the caller may see, filtered and paged (partners: published, in their audience; with lang, "
            + "one entry per translation group, in that language where it exists)")
    PageOf<Item> list(@RequestParam(required = false) @Nullable ContentType type,
                      @RequestParam(required = false) @Nullable String industry,
                      @RequestParam(required = false) @Nullable String product,
                      @RequestParam(required = false) @Nullable ContentStatus status,
                      @RequestParam(required = false) @Nullable String q,
                      @RequestParam(required = false) @Nullable String lang,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        var filter = new ContentFilter(type, industry, product, status, q, null, false);
        var pageable = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id")));
        var result = callers.require().isStaff() ? editing.list(filter, pageable)
                : lang == null ? library.browse(filter, pageable) : library.browse(filter, lang, pageable);
        return PageOf.of(result.map(Item::of));
    }

    @PostMapping("/api/content/{id}/submit")
    @Operation(summary = "Submit a draft for review")
    Saved submit(@PathVariable long id) {
        return Saved.of(editing.submit(ContentItemId.of(id)));
    }

    @PostMapping("/api/content/{id}/publish")
    @Operation(summary = "Publish: administrators directly, channel managers by approving a submitted item")
    Saved publish(@PathVariable long id) {
        var role = callers.require().role();
        var itemId = ContentItemId.of(id);
        return switch (role) {
            case ADMIN -> Saved.of(editing.publish(itemId));
            case CHANNEL_MANAGER -> Saved.of(editing.approve(itemId));
            default -> throw new AccessDeniedException("role " + role + " may not publish");
        };
    }

    @PostMapping("/api/content/{id}/translation-of/{of}")
    @Operation(summary = "Link an item as a translation of another item; a translation group holds one item per language (409 otherwise)")
    ResponseEntity<Void> linkTranslation(@PathVariable long id, @PathVariable long of) {
        editing.linkTranslation(ContentItemId.of(id), ContentItemId.of(of));
        return ResponseEntity.noContent().build();
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/content/{id}/translation-group")
    @Operation(summary = "Take an item out of its translation group (the other translations stay linked)")
    ResponseEntity<Void> unlinkTranslation(@PathVariable long id) {
        editing.unlinkTranslation(ContentItemId.of(id));
        return ResponseEntity.noContent().build();
    }
}
