package dev.partnerportal.content;

import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.FileTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.SAXException;

/**
 * Files attached to items. The type is decided by the bytes (Tika), never by the name or the type the
 * client claims; only PDF, DOCX, PPTX, PNG and JPEG are kept, up to the configured size, in the database (so
 * every node serves every file). A refused upload leaves no row. Partners reach an attachment only when
 * they may read its item. Adding or removing a file is a change of the item like an edit of its text: a new
 * revision that sends the item back to draft, so partners see the files only once someone other than the
 * person who changed them has approved the item again.
 */
@Service
@Transactional(readOnly = true)
public class ContentAttachments {

    /** Accepted media types and the extension of their stored file. */
    static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", ".pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx",
            "image/png", ".png",
            "image/jpeg", ".jpg");

    private final AttachmentRecords records;
    private final AttachmentFiles files;
    private final ContentItems items;
    private final ContentRevisions revisions;
    private final ContentAudience audience;
    private final AttachmentSettings settings;
    private final CallerContext callers;
    private final Clock clock;
    private final ActivityRecorder activity;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final FileTypes types;
    private final AutoDetectParser parser = new AutoDetectParser();

    ContentAttachments(AttachmentRecords records, AttachmentFiles files, ContentItems items, ContentRevisions revisions, ContentAudience audience,
                       AttachmentSettings settings, CallerContext callers, Clock clock,
                       ApplicationEventPublisher events, AuditTrail audit, ActivityRecorder activity, FileTypes types) {
        this.types = types;
        this.activity = activity;
        this.audit = audit;
        this.events = events;
        this.records = records;
        this.files = files;
        this.items = items;
        this.revisions = revisions;
        this.audience = audience;
        this.settings = settings;
        this.callers = callers;
        this.clock = clock;
    }

    /**
     * Stores an upload for an item. Throws {@link AttachmentRejectedException} with a message for the
     * uploader when the name, size or content type is not acceptable.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional
    public AttachmentInfo upload(ContentItemId itemId, String fileName, InputStream content) {
        var caller = callers.require();
        var item = items.findById(itemId.value()).orElseThrow(() -> new ContentNotFoundException(itemId));
        var name = AttachmentNames.check(fileName);
        try {
            var bytes = readAtMost(content, settings.maxSize().toBytes());
            var type = types.of(bytes);
            var extension = ACCEPTED.get(type);
            if (extension == null) {
                throw new AttachmentRejectedException(ContentError.ATTACHMENT_TYPE, Terms.printable(name), type);
            }
            var text = type.startsWith("image/") ? "" : extract(bytes, name);
            events.publishEvent(new AttachmentsChanged(itemId));
            var saved = records.save(new ContentAttachment(itemId, name, UUID.randomUUID() + extension, type,
                    bytes.length, text, caller.username(), clock.instant()));
            files.save(new ContentAttachmentFile(saved.id(), bytes));
            recordChange(item, caller, "attachment added: " + name);
            audit.recordChange(AuditAction.ATTACHMENT_ADDED, null, "item " + itemId.value() + ": " + name);
            return saved.info();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        }
    }

    /** The largest file accepted, in bytes: uploads enforce it while the bytes arrive. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    public long maxBytes() {
        return settings.maxSize().toBytes();
    }

    /** The item's attachments, if the caller may read the item (editors: any item). */
    @PreAuthorize("isAuthenticated()")
    public List<AttachmentInfo> list(ContentItemId itemId) {
        var caller = callers.require();
        return items.findById(itemId.value())
                .filter(item -> caller.isStaff() || audience.mayRead(caller, item))
                .map(item -> records.findByItemIdOrderByFileName(item.id().value()).stream().map(ContentAttachment::info).toList())
                .orElse(List.of());
    }

    /**
     * One attachment to download, if the caller may read its item; otherwise empty, as if it did not exist. The
     * download is recorded as activity.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<AttachmentDownload> download(long attachmentId) {
        var caller = callers.require();
        return records.findById(attachmentId).flatMap(a -> items.findById(a.itemId().value())
                .filter(item -> caller.isStaff() || audience.mayRead(caller, item))
                .flatMap(item -> files.findById(a.id()).map(file -> {
                    activity.contentUsed(caller, ActivityKind.DOWNLOAD, item.id().value(), item.type().name(),
                            item.language());
                    return new AttachmentDownload(a.info(), file.content());
                })));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional
    public void delete(long attachmentId) {
        var record = records.findById(attachmentId).orElseThrow(() -> new AttachmentRejectedException(ContentError.ATTACHMENT_NOT_FOUND, attachmentId));
        var item = items.findById(record.itemId().value()).orElseThrow(() -> new ContentNotFoundException(record.itemId()));
        files.deleteById(attachmentId);
        records.delete(record);
        recordChange(item, callers.require(), "attachment removed: " + record.info().fileName());
        audit.recordChange(AuditAction.ATTACHMENT_REMOVED, null, "item " + record.itemId().value() + ": " + record.info().fileName());
        events.publishEvent(new AttachmentsChanged(record.itemId()));
    }

    /** The item's new revision for an attachment change; partners stop seeing it until it is approved again. */
    private void recordChange(ContentItem item, Caller caller, String note) {
        var withdrawn = item.changeAttachments(caller.userId(), clock.instant());
        try {
            items.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new ContentConflictException(ContentError.CHANGED_CONCURRENTLY);
        }
        revisions.keep(item, caller.username(), clock.instant(), Terms.printable(note));
        if (withdrawn) {
            events.publishEvent(new ContentWithdrawn(item.id()));
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        var bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
            throw new AttachmentRejectedException(ContentError.ATTACHMENT_TOO_LARGE, limit / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new AttachmentRejectedException(ContentError.ATTACHMENT_EMPTY);
        }
        return bytes;
    }

    private String extract(byte[] bytes, String name) throws IOException {
        var handler = new BodyContentHandler(ContentAttachment.TEXT_MAX_LENGTH);
        try (var stream = TikaInputStream.get(bytes)) {
            parser.parse(stream, handler, new Metadata(), new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw unreadable(name);
            }
        } catch (TikaException e) {
            throw unreadable(name);
        }
        return handler.toString().strip();
    }

    private static AttachmentRejectedException unreadable(String name) {
        return new AttachmentRejectedException(ContentError.ATTACHMENT_UNREADABLE, Terms.printable(name));
    }
}
