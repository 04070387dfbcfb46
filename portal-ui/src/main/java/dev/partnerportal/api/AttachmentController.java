package dev.partnerportal.api;

import dev.partnerportal.content.AttachmentInfo;
import dev.partnerportal.content.ContentAttachments;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.shared.CallerContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of content items. Uploads are checked by content; downloads always come as attachments,
 * and only for items the caller may read (any other id answers 404).
 */
@RestController
@Tag(name = "Content")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class AttachmentController {

    private final ContentAttachments attachments;
    private final ContentEditing editing;
    private final ContentLibrary library;
    private final CallerContext callers;

    AttachmentController(ContentAttachments attachments, ContentEditing editing, ContentLibrary library, CallerContext callers) {
        this.attachments = attachments;
        this.editing = editing;
        this.library = library;
        this.callers = callers;
    }

    @PostMapping(path = "/api/content/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a PDF, DOCX, PPTX, PNG or JPEG (form field \"file\"); the type is checked by content")
    ResponseEntity<AttachmentInfo> upload(@PathVariable long id, @RequestParam("file") MultipartFile file) {
        try (var in = file.getInputStream()) {
            var saved = attachments.upload(ContentItemId.of(id), file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), in);
            return ResponseEntity.created(URI.create("/api/attachments/" + saved.id())).body(saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/content/{id}/attachments")
    @Operation(summary = "The attachments of an item the caller may see")
    List<AttachmentInfo> list(@PathVariable long id) {
        var itemId = ContentItemId.of(id);
        var visible = callers.require().isStaff() ? editing.find(itemId).isPresent() : library.find(itemId).isPresent();
        if (!visible) {
            throw new NotFoundException();
        }
        return attachments.list(itemId);
    }

    @GetMapping("/api/attachments/{id}")
    @Operation(summary = "Download an attachment (always Content-Disposition: attachment)")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) throws IOException {
        var download = attachments.download(id).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.info().mediaType()))
                .contentLength(download.info().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.info().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(download.open()));
    }
}
