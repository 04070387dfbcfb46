package dev.partnerportal.content;

import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.identity.AccountService;
import dev.partnerportal.partner.Logo;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.PdfLabels;
import dev.partnerportal.shared.PdfText;
import dev.partnerportal.shared.PdfText.Weight;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cheat sheet as a one-page PDF carrying the downloading partner's organization name, logo and contact
 * (the signed-in person's name and email), for them to hand to customers. Only for items the caller may
 * read. Text in any of the program's scripts is drawn with the embedded Noto fonts ({@link PdfText}); a
 * right-to-left paragraph (an Arabic sheet) is aligned to the right margin. The section headings are in the
 * reader's language ({@link PdfLabels}), whatever language the sheet itself is written in.
 */
@Service
@Transactional(readOnly = true)
public class CheatSheetPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final ContentItems items;
    private final ContentAudience audience;
    private final PartnerDirectory directory;
    private final AccountService accounts;
    private final CallerContext callers;
    private final OrganizationProfiles profiles;
    private final ActivityRecorder activity;

    CheatSheetPdf(ContentItems items, ContentAudience audience, PartnerDirectory directory, AccountService accounts,
                  CallerContext callers, OrganizationProfiles profiles, ActivityRecorder activity) {
        this.activity = activity;
        this.items = items;
        this.audience = audience;
        this.directory = directory;
        this.accounts = accounts;
        this.callers = callers;
        this.profiles = profiles;
    }

    /**
     * The PDF of a cheat sheet the caller may read, its headings in {@code language} (English if the PDFs do not
     * speak it); empty otherwise, as if the item did not exist.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> cobranded(String slug, Locale language) {
        return cobranded(items.findBySlug(slug), language);
    }

    /** The PDF of a cheat sheet the caller may read, by id, headings in {@code language}; empty otherwise. */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> cobranded(ContentItemId id, Locale language) {
        return cobranded(items.findById(id.value()), language);
    }

    private Optional<byte[]> cobranded(Optional<ContentItem> found, Locale language) {
        var caller = callers.require();
        var item = found.filter(i -> audience.mayRead(caller, i));
        if (item.isEmpty()) {
            return Optional.empty();
        }
        activity.contentUsed(caller, ActivityKind.PDF_DOWNLOAD, item.get().id().value(), item.get().type().name(),
                item.get().language());
        var account = accounts.myProfile();
        if (caller.isStaff()) {
            return Optional.of(render(item.get(), "", account.displayName() + " · " + account.email(), null, language));
        }
        var organization = directory.mine();
        // The organization's own contact for customers, as its administrators keep it; the reader's otherwise.
        var contact = profiles.profile(organization.organizationId())
                .filter(p -> p.contactName() != null || p.contactEmail() != null)
                .map(p -> String.join(" · ", Stream.of(p.contactName(), p.contactEmail(), p.contactPhone(), p.website())
                        .filter(Objects::nonNull).toList()))
                .orElse(account.displayName() + " · " + account.email());
        var logo = profiles.logo(organization.organizationId()).map(Logo::image).orElse(null);
        return Optional.of(render(item.get(), organization.name(), contact, logo, language));
    }

    static byte[] render(ContentItem item, String organization, String contact, byte @Nullable [] logo, Locale language) {
        var labels = PdfLabels.of(language);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var text = PdfText.of(document);
            try (var stream = new PDPageContentStream(document, page)) {
                var y = PDRectangle.A4.getHeight() - MARGIN;
                if (logo != null) {
                    var image = PDImageXObject.createFromByteArray(document, logo, "logo");
                    float height = 40;
                    float width = Math.min(160, image.getWidth() * height / image.getHeight());
                    stream.drawImage(image, PDRectangle.A4.getWidth() - MARGIN - width, y - height, width, height);
                }
                if (!organization.isEmpty()) {
                    y = line(stream, text, Weight.BOLD, 14, organization, y);
                    y = line(stream, text, Weight.REGULAR, 9, contact, y) - 10;
                }
                for (var title : text.wrap(Weight.BOLD, 18, item.title(), WIDTH)) {
                    y = line(stream, text, Weight.BOLD, 18, title, y);
                }
                y -= 4;
                for (var summary : text.wrap(Weight.REGULAR, 10, item.summary(), WIDTH)) {
                    y = line(stream, text, Weight.REGULAR, 10, summary, y);
                }
                y -= 8;
                for (var section : item.cheatSheet().asMap().entrySet()) {
                    if (y <= MARGIN) {
                        break;
                    }
                    if (section.getValue().isEmpty()) {
                        continue;
                    }
                    y = line(stream, text, Weight.BOLD, 11, labels.text("pdf.cheatSheet." + section.getKey()), y - 4);
                    for (var paragraph : section.getValue().split("\n")) {
                        for (var wrapped : text.wrap(Weight.REGULAR, 10, paragraph, WIDTH)) {
                            y = y > MARGIN ? line(stream, text, Weight.REGULAR, 10, wrapped, y) : y;
                        }
                    }
                }
            }
            document.getDocumentInformation().setTitle(item.title());
            document.getDocumentCatalog().setLanguage(labels.locale().toLanguageTag());
            text.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line at the left margin, or at the right margin when it reads right to left; the next baseline. */
    private static float line(PDPageContentStream stream, PdfText text, Weight weight, float size, String line, float y) throws IOException {
        if (PdfText.rightToLeft(line)) {
            text.rightAligned(stream, weight, size, line, MARGIN + WIDTH, y);
        } else {
            text.show(stream, weight, size, line, MARGIN, y);
        }
        return y - size * 1.35f;
    }
}
