package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.SignIn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Uploads checked by content, hostile uploads that leave nothing behind, and audience-scoped downloads. */
abstract class ContentAttachmentsContract {

    @Autowired
    ContentAttachments attachments;
    @Autowired
    ContentEditing editing;
    @Autowired
    ContentLibrary library;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AttachmentFileImport fileImport;
    @Value("${portal.content.attachments.directory}")
    Path directory;

    ContentSummary goldItem;

    @BeforeEach
    void goldOnlyItem() {
        SignIn.as(provider, "admin@vendor.test");
        var draft = ContentDraft.of(ContentType.PLAYBOOK, "Attachments " + UUID.randomUUID(), "", "")
                .withAudience(List.of("GOLD"), List.of());
        goldItem = editing.publish(editing.create(draft).id());
        SignIn.as(provider, "editor@vendor.test");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static byte[] pdf(String text) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(text);
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    static byte[] docx(String text) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                    <w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>""".formatted(text));
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private AttachmentInfo upload(String name, byte[] bytes) {
        return attachments.upload(goldItem.id(), name, new ByteArrayInputStream(bytes));
    }

    private long files() {
        return jdbc.queryForObject("select count(*) from content_attachment_file", Long.class);
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from content_attachment", Long.class);
    }

    @Test
    void acceptedTypesAreStoredUnderGeneratedNamesWithTheirText() throws IOException {
        var pdf = upload("Pipeline review.pdf", pdf("Quarterly pipeline review"));
        var docx = upload("Talk track.docx", docx("Discovery questions for retailers"));
        var png = upload("logo.png", image("png"));
        var jpeg = upload("photo.jpeg", image("jpg"));

        assertThat(List.of(pdf.mediaType(), docx.mediaType(), png.mediaType(), jpeg.mediaType())).containsExactly(
                "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "image/png", "image/jpeg");
        var stored = jdbc.queryForList("select storage_name from content_attachment where item_id = ?", String.class,
                goldItem.id().value());
        assertThat(stored).hasSize(4).allMatch(n -> n.matches("[0-9a-f-]{36}\\.(pdf|docx|png|jpg)"));
        assertThat(jdbc.queryForObject("select extracted_text from content_attachment where id = ?", String.class, pdf.id()))
                .contains("Quarterly pipeline review");
        assertThat(jdbc.queryForObject("select extracted_text from content_attachment where id = ?", String.class, docx.id()))
                .contains("Discovery questions for retailers");
    }

    @Test
    void aFileAddedToAPublishedItemReachesPartnersOnlyAfterSomeoneElseApprovesIt() throws IOException {
        int revisions = editing.history(goldItem.id()).size();

        var info = upload("Price list.pdf", pdf("Price list"));

        assertThat(status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(editing.history(goldItem.id())).hasSize(revisions + 1).first().satisfies(revision -> {
            assertThat(revision.note()).isEqualTo("attachment added: Price list.pdf");
            assertThat(revision.savedBy()).isEqualTo("editor@vendor.test");
        });
        assertThat(attachments.list(goldItem.id())).as("the pending file, for editors and reviewers")
                .extracting(AttachmentInfo::fileName).containsExactly("Price list.pdf");
        SignIn.as(provider, "alice@northwind.test");
        assertThat(library.find(goldItem.id())).isEmpty();
        assertThat(attachments.list(goldItem.id())).isEmpty();
        assertThat(attachments.download(info.id())).isEmpty();

        SignIn.as(provider, "editor@vendor.test");
        editing.submit(goldItem.id());
        SignIn.as(provider, "manager@vendor.test");
        editing.approve(goldItem.id());

        SignIn.as(provider, "alice@northwind.test");
        assertThat(attachments.download(info.id())).isPresent();
        assertThat(attachments.list(goldItem.id())).extracting(AttachmentInfo::fileName).containsExactly("Price list.pdf");
    }

    @Test
    void removingAFileFromAPublishedItemIsAChangeItsAuthorCannotApprove() throws IOException {
        var info = upload("Old price list.pdf", pdf("Old prices"));
        SignIn.as(provider, "admin@vendor.test");
        editing.publish(goldItem.id());
        int revisions = editing.history(goldItem.id()).size();

        SignIn.as(provider, "manager@vendor.test");
        attachments.delete(info.id());

        assertThat(status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(editing.history(goldItem.id())).hasSize(revisions + 1).first()
                .extracting(RevisionSummary::note).isEqualTo("attachment removed: Old price list.pdf");
        editing.submit(goldItem.id());
        assertThatThrownBy(() -> editing.approve(goldItem.id())).isInstanceOf(WorkflowException.class)
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.OWN_CHANGE));
        assertThat(status()).isEqualTo(ContentStatus.IN_REVIEW);
        SignIn.as(provider, "alice@northwind.test");
        assertThat(library.find(goldItem.id())).isEmpty();

        SignIn.as(provider, "admin@vendor.test");
        editing.approve(goldItem.id());
        assertThat(status()).isEqualTo(ContentStatus.PUBLISHED);
        SignIn.as(provider, "alice@northwind.test");
        assertThat(library.find(goldItem.id())).isPresent();
        assertThat(attachments.list(goldItem.id())).isEmpty();
    }

    private ContentStatus status() {
        return ContentStatus.valueOf(jdbc.queryForObject("select status from content_item where id = ?", String.class,
                goldItem.id().value()));
    }

    @Test
    void hostileUploadsAreRefusedWithAClearMessageAndLeaveNothingBehind() throws IOException {
        var files = files();
        var rows = rows();
        var executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[0x3c] = (byte) 0x80;
        executable[0x80] = 'P';
        executable[0x81] = 'E';

        assertThatThrownBy(() -> upload("brochure.pdf", executable)).isInstanceOf(AttachmentRejectedException.class)
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.error()).isEqualTo(ContentError.ATTACHMENT_TYPE);
                    assertThat(e.arguments()[0]).isEqualTo("brochure.pdf");
                });
        assertThatThrownBy(() -> upload("logo.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AttachmentRejectedException.class)
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.error()).isEqualTo(ContentError.ATTACHMENT_TYPE);
                    assertThat(e.arguments()[0]).isEqualTo("logo.png");
                    assertThat(String.valueOf(e.arguments()[1])).contains("text/html");
                });
        var oversize = new byte[1024 * 1024 + 1];
        System.arraycopy(image("png"), 0, oversize, 0, 8);
        assertThatThrownBy(() -> upload("huge.png", oversize)).isInstanceOf(AttachmentRejectedException.class)
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.error()).isEqualTo(ContentError.ATTACHMENT_TOO_LARGE);
                    assertThat(e.arguments()).containsExactly(1L);
                });
        for (var name : List.of("../../etc/passwd.pdf", "..\\boot.ini", "a/b.pdf", ".htaccess", "report\u0000.pdf",
                "line\nbreak.pdf", "invoice\u202Efdp.exe", "")) {
            assertThatThrownBy(() -> upload(name, pdf("x"))).as(name).isInstanceOfSatisfying(AttachmentRejectedException.class,
                    e -> assertThat(e.error()).isIn(ContentError.ATTACHMENT_NAME_LENGTH, ContentError.ATTACHMENT_NAME_PATH,
                            ContentError.ATTACHMENT_NAME_CONTROL));
        }
        assertThatThrownBy(() -> upload("broken.pdf", "%PDF-1.7\nnot really".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.error()).isEqualTo(ContentError.ATTACHMENT_UNREADABLE));

        assertThat(files()).isEqualTo(files);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void partnersDownloadAttachmentsOnlyOfItemsInTheirAudience() throws IOException {
        var info = upload("Deal desk.pdf", pdf("Deal desk"));
        editing.submit(goldItem.id());
        SignIn.as(provider, "manager@vendor.test");
        editing.approve(goldItem.id());

        SignIn.as(provider, "alice@northwind.test");
        assertThat(attachments.list(goldItem.id())).extracting(AttachmentInfo::fileName).containsExactly("Deal desk.pdf");
        var download = attachments.download(info.id()).orElseThrow();
        try (var in = download.open()) {
            assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        assertThatThrownBy(() -> upload("x.pdf", pdf("x"))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "carol@contoso.test");
        assertThat(attachments.list(goldItem.id())).isEmpty();
        assertThat(attachments.download(info.id())).isEmpty();
    }

    @Test
    void bytesComeBackFromTheDatabaseExactlyAsUploaded() throws IOException {
        var bytes = pdf("Exactly these bytes");
        var info = upload("Exact.pdf", bytes);

        assertThat(attachments.download(info.id()).orElseThrow().content()).isEqualTo(bytes);
        assertThat(jdbc.queryForObject("select content from content_attachment_file where attachment_id = ?",
                byte[].class, info.id())).isEqualTo(bytes);
    }

    @Test
    void filesLeftOnDiskByEarlierVersionsAreImportedOnce() throws IOException {
        var bytes = pdf("Written by an earlier version");
        var info = upload("Earlier.pdf", bytes);
        // As an earlier version left it: the row, and the bytes only in a file under the attachment directory.
        jdbc.update("delete from content_attachment_file where attachment_id = ?", info.id());
        var storageName = jdbc.queryForObject("select storage_name from content_attachment where id = ?", String.class,
                info.id());
        Files.createDirectories(directory);
        Files.write(directory.resolve(storageName), bytes);
        assertThat(attachments.download(info.id())).as("no bytes in the database yet").isEmpty();

        assertThat(fileImport.importMissing()).isEqualTo(1);
        assertThat(attachments.download(info.id()).orElseThrow().content()).isEqualTo(bytes);
        assertThat(fileImport.importMissing()).as("a second start imports nothing").isZero();
    }
}
