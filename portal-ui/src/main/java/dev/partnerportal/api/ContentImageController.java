package dev.partnerportal.api;

import dev.partnerportal.content.InlineImages;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inline images of item bodies for the signed-in browser session (not the bearer-token API, hence hidden from
 * the API documentation). Each request asks the content service again, so the item's audience rules decide:
 * outside them, or for an attachment that is not an image, the answer is 404.
 */
@RestController
@Hidden
class ContentImageController {

    private final InlineImages images;

    ContentImageController(InlineImages images) {
        this.images = images;
    }

    @GetMapping(InlineImages.PATH + "{id}")
    ResponseEntity<InputStreamResource> image(@PathVariable long id) throws IOException {
        var image = images.image(id).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.info().mediaType()))
                .contentLength(image.info().size())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(image.open()));
    }
}
