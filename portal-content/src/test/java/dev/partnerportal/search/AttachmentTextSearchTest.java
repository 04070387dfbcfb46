package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.content.ContentAttachments;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.SignIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Text extracted from attachments is indexed with the item: a PDF and a DOCX, each generated here, are found
 * by a word that exists only inside the file (not in the item's title, summary or body).
 */
@SpringBootTest(classes = ContentTestApplication.class)
class AttachmentTextSearchTest {

    @Autowired
    ContentEditing editing;
    @Autowired
    ContentAttachments attachments;
    @Autowired
    ContentSearch search;
    @Autowired
    IndexFollower follower;
    @Autowired
    PortalAuthenticationProvider provider;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aWordOnlyInsideAnAttachedPdfOrDocxFindsTheItem() throws IOException {
        var inPdf = word();
        var inDocx = word();
        SignIn.as(provider, "admin@vendor.test");
        var item = editing.create(ContentDraft.of(ContentType.PLAYBOOK, "Retail talk tracks", "Files for the field",
                "See the attached files."));
        attachments.upload(item.id(), "Pipeline.pdf", new ByteArrayInputStream(
                pdf("Quarterly pipeline review " + inPdf)));
        attachments.upload(item.id(), "Talk track.docx", new ByteArrayInputStream(
                docx("Discovery questions " + inDocx)));
        editing.publish(item.id());
        follower.catchUp();

        assertThat(hits("carol@contoso.test", inPdf)).containsExactly(item.id());
        assertThat(hits("carol@contoso.test", inDocx)).containsExactly(item.id());
        assertThat(hits("carol@contoso.test", word())).as("a word in no file").isEmpty();
    }

    private List<ContentItemId> hits(String email, String text) {
        SignIn.as(provider, email);
        return search.search(SearchQuery.of(text)).hits().stream().map(SearchHit::id).toList();
    }

    /** A one-page PDF with {@code text}, written with PDFBox. */
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

    /** The smallest DOCX Tika reads: content types, the package relationship and one paragraph (no POI here). */
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

    /** A word no other item contains, in letters only (digit runs in a query are masked as numbers). */
    private static String word() {
        var letters = new StringBuilder("qx");
        UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .chars().forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }
}
