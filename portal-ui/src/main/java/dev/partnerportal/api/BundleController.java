package dev.partnerportal.api;

import com.vaadin.flow.i18n.I18NProvider;
import dev.partnerportal.content.ContentBundles;
import dev.partnerportal.ui.i18n.ErrorMessages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import and export of content as a zip of Markdown files with YAML front matter. Import is all or
 * nothing: any bad file answers 400 with an error per file and nothing is written.
 */
@RestController
@Tag(name = "Content")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class BundleController {

    private final ContentBundles bundles;
    private final I18NProvider translations;

    BundleController(ContentBundles bundles, I18NProvider translations) {
        this.bundles = bundles;
        this.translations = translations;
    }

    @PostMapping(path = "/api/content/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a zip of Markdown files (form field \"file\"), idempotent by slug, all or nothing")
    ResponseEntity<Object> importBundle(@RequestParam("file") MultipartFile file, HttpServletRequest request) {
        if (file.getSize() > ContentBundles.MAX_ZIP_BYTES) {
            var tooLarge = ApiExceptionHandler.problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                    "The bundle is larger than " + ContentBundles.MAX_ZIP_BYTES / (1024 * 1024) + " MB; nothing was imported.");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(tooLarge);
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var report = bundles.importZip(bytes, (done, total) -> { });
        if (report.succeeded()) {
            return ResponseEntity.ok(report);
        }
        var problem = ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "import-rejected",
                "The bundle has errors; nothing was imported.");
        problem.setProperty("files", report.files());
        // Like every refusal: English unless the request asks for another language.
        var locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH : request.getLocale();
        problem.setProperty("errors", report.errors().stream().map(error -> new FileProblem(error.file(),
                error.error().code(), ErrorMessages.text(translations, error.violation(), locale))).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping(path = "/api/content/export", produces = "application/zip")
    @Operation(summary = "Every item as a zip of Markdown files with YAML front matter")
    ResponseEntity<byte[]> exportBundle() {
        var out = new ByteArrayOutputStream();
        bundles.export(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("content-export.zip").build().toString())
                .body(out.toByteArray());
    }

    /** One file's problem: which file (empty for the bundle as a whole), the stable code and the message. */
    record FileProblem(String file, String code, String message) {
    }
}
