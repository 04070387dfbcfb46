package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.SignIn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inline images: checked by content, size and alt text before anything is stored, and served only to the item's audience. */
@SpringBootTest(classes = ContentTestApplication.class)
class InlineImagesTest {

    @Autowired
    InlineImages images;
    @Autowired
    ContentAttachments attachments;
    @Autowired
    ContentEditing editing;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    ContentItemId goldItem;

    @BeforeEach
    void goldOnlyItem() {
        SignIn.as(provider, "admin@vendor.test");
        goldItem = editing.create(ContentDraft.of(ContentType.PLAYBOOK, "Images " + UUID.randomUUID(), "", "")
                .withAudience(List.of("GOLD"), List.of())).id();
        SignIn.as(provider, "editor@vendor.test");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anImageWithoutAltTextOfTheWrongKindOrTooLargeIsRefusedAndNothingIsStored() {
        assertRefused(() -> images.upload(goldItem, "logo.png", new ByteArrayInputStream(png()), " "), ContentError.IMAGE_ALT_TEXT);
        assertRefused(() -> images.upload(goldItem, "logo.png", new ByteArrayInputStream("%PDF-1.7\n".getBytes()), "Logo"),
                ContentError.IMAGE_TYPE);
        assertRefused(() -> images.upload(goldItem, "huge.png", new ByteArrayInputStream(new byte[InlineImages.MAX_BYTES + 1]), "Huge"),
                ContentError.IMAGE_TOO_LARGE);

        assertThat(jdbc.queryForObject("select count(*) from content_attachment where item_id = ?", Long.class, goldItem.value())).isZero();
    }

    @Test
    void aStoredImageGivesMarkdownWithItsAltTextAndIsServedOnlyToTheItemsAudience() throws IOException {
        var image = images.upload(goldItem, "logo.png", new ByteArrayInputStream(png()), "Our [new] logo");

        assertThat(image.markdown()).isEqualTo("![Our  new  logo](/content-images/" + image.attachment().id() + ")");
        assertThat(image.attachment().mediaType()).isEqualTo("image/png");
        var pdf = attachments.upload(goldItem, "Terms.pdf", new ByteArrayInputStream(ContentAttachmentsContract.pdf("Terms")));
        SignIn.as(provider, "admin@vendor.test");
        editing.publish(goldItem);

        SignIn.as(provider, "alice@northwind.test");
        assertThat(images.image(image.attachment().id())).isPresent();
        assertThat(images.image(pdf.id())).as("an attachment that is no image is not served inline").isEmpty();
        SignIn.as(provider, "carol@contoso.test");
        assertThat(images.image(image.attachment().id())).as("outside the item's audience").isEmpty();
    }

    private static void assertRefused(Runnable upload, dev.partnerportal.shared.ErrorCode code) {
        assertThatThrownBy(upload::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(code));
    }

    static byte[] png() {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
