package dev.partnerportal.content;

import com.github.difflib.DiffUtils;
import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal team's side of publishing: write, save versions, submit, approve, publish, archive.
 * Editors, channel managers and administrators write; channel managers and administrators approve, never
 * their own change; administrators may also publish without a review. Every save is a revision.
 */
@Service
@Transactional
public class ContentEditing {

    private final ContentItems items;
    private final ContentRevisions revisions;
    private final ContentFeedbackEntries feedback;
    private final ContentRules rules;
    private final ContentQueries queries;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;
    private final dev.partnerportal.notification.Notify notify;

    ContentEditing(ContentItems items, ContentRevisions revisions, ContentFeedbackEntries feedback, ContentRules rules,
                   ContentQueries queries, CallerContext callers, ApplicationEventPublisher events, Clock clock,
                   AuditTrail audit, dev.partnerportal.notification.Notify notify) {
        this.notify = notify;
        this.audit = audit;
        this.items = items;
        this.revisions = revisions;
        this.feedback = feedback;
        this.rules = rules;
        this.queries = queries;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a draft owned by the caller, as revision 1. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    public ContentSummary create(ContentDraft draft) {
        var caller = callers.require();
        rules.check(draft);
        var slug = rules.uniqueSlug(draft.slug(), draft.title(), null);
        var item = items.save(new ContentItem(draft, slug, caller.userId(), UUID.randomUUID().toString(), clock.instant()));
        keepRevision(item, caller, "created");
        audit.recordChange(AuditAction.CONTENT_CREATED, null, item.slug());
        return queries.summary(item);
    }

    /**
     * Saves a new revision over {@code expectedVersion}. If someone saved in between, nothing is written
     * and a {@link ContentConflictException} says who and when. A published item goes back to draft.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    public ContentSummary update(ContentItemId id, long expectedVersion, ContentDraft draft) {
        var caller = callers.require();
        var item = load(id);
        checkVersion(item, expectedVersion);
        rules.check(draft);
        requireLanguageFree(item.translationGroup(), draft.language(), item);
        var slug = rules.uniqueSlug(draft.slug(), draft.title(), id);
        var withdrawn = item.edit(draft, slug, caller.userId(), clock.instant());
        flush(item);
        keepRevision(item, caller, "saved");
        if (withdrawn) {
            events.publishEvent(new ContentWithdrawn(id));
        }
        return queries.summary(item);
    }

    /** Puts an older revision back as a new revision (history is never rewritten). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    public ContentSummary restore(ContentItemId id, int revision, long expectedVersion) {
        var caller = callers.require();
        var item = load(id);
        checkVersion(item, expectedVersion);
        var old = revisions.findByItemIdAndRevision(id.value(), revision)
                .orElseThrow(() -> new RuleViolation(ContentError.REVISION_NOT_FOUND, revision));
        var draft = ContentDocument.read(old.document());
        requireLanguageFree(item.translationGroup(), draft.language(), item);
        var withdrawn = item.edit(draft, rules.uniqueSlug(draft.slug(), draft.title(), id), caller.userId(), clock.instant());
        flush(item);
        keepRevision(item, caller, "restored from revision " + revision);
        audit.recordChange(AuditAction.CONTENT_RESTORED, null, item.slug() + " from revision " + revision);
        if (withdrawn) {
            events.publishEvent(new ContentWithdrawn(id));
        }
        return queries.summary(item);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    public ContentSummary submit(ContentItemId id) {
        var item = load(id);
        var submitter = callers.require().userId();
        item.submit(submitter, clock.instant());
        audit.recordChange(AuditAction.CONTENT_SUBMITTED, null, item.slug());
        // Whoever may approve hears of it, but not the submitter: nobody approves their own change.
        notify.staff(java.util.Set.of(dev.partnerportal.shared.Role.ADMIN, dev.partnerportal.shared.Role.CHANNEL_MANAGER),
                submitter, dev.partnerportal.notification.NotificationKind.APPROVAL_WAITING, item.title(),
                "/content/edit/" + item.id().value());
        return queries.summary(flush(item));
    }

    /** Approves a submitted change: it is published now, or scheduled for its publish time. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public ContentSummary approve(ContentItemId id) {
        var item = load(id);
        item.approve(callers.require().userId(), clock.instant());
        audit.recordChange(AuditAction.CONTENT_APPROVED, null, item.slug());
        return announce(flush(item));
    }

    /** Publishes without a review (administrators only). */
    @PreAuthorize("hasRole('ADMIN')")
    public ContentSummary publish(ContentItemId id) {
        var item = load(id);
        item.publishDirectly(clock.instant());
        audit.recordChange(AuditAction.CONTENT_PUBLISHED, null, item.slug());
        return announce(flush(item));
    }

    /** Returns a submitted or scheduled item to its authors as a draft. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public ContentSummary sendBack(ContentItemId id) {
        var item = load(id);
        item.sendBack(clock.instant());
        return queries.summary(flush(item));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public ContentSummary archive(ContentItemId id) {
        var item = load(id);
        if (item.archive(clock.instant())) {
            events.publishEvent(new ContentWithdrawn(id));
        }
        audit.recordChange(AuditAction.CONTENT_ARCHIVED, null, item.slug());
        return queries.summary(flush(item));
    }

    /**
     * Makes {@code id} a translation of {@code of}: it leaves its own group and joins {@code of}'s, whose items then
     * all list each other. A group holds one item per language: a language the group already has is refused
     * (also when two editors link at the same moment: the database's unique key decides), and nothing changes.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    public void linkTranslation(ContentItemId id, ContentItemId of) {
        var item = load(id);
        var original = load(of);
        if (item.language().equals(original.language())) {
            throw new RuleViolation(ContentError.TRANSLATION_SAME_LANGUAGE);
        }
        if (item.translationGroup().equals(original.translationGroup())) {
            return;
        }
        requireLanguageFree(original.translationGroup(), item.language(), item);
        item.joinTranslationGroup(original.translationGroup());
        try {
            items.saveAndFlush(item);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolation(ContentError.TRANSLATION_LANGUAGE_TAKEN, item.language(), original.title());
        } catch (OptimisticLockingFailureException e) {
            throw new ContentConflictException(ContentError.CHANGED_CONCURRENTLY);
        }
        audit.recordChange(AuditAction.CONTENT_TRANSLATION_LINKED, null, item.slug() + " as " + item.language() + " of " + original.slug());
        events.publishEvent(new TranslationGroupChanged(item.id()));
    }

    /** Takes {@code id} out of its translation group; the other items stay linked to each other. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    public void unlinkTranslation(ContentItemId id) {
        var item = load(id);
        if (items.findByTranslationGroupOrderByLanguage(item.translationGroup()).size() < 2) {
            return;
        }
        item.joinTranslationGroup(UUID.randomUUID().toString());
        flush(item);
        audit.recordChange(AuditAction.CONTENT_TRANSLATION_UNLINKED, null, item.slug());
        events.publishEvent(new TranslationGroupChanged(item.id()));
    }

    /** Refuses a language that another item of the group already has (the item itself aside). */
    private void requireLanguageFree(String group, String language, ContentItem except) {
        items.findByTranslationGroupOrderByLanguage(group).stream()
                .filter(other -> !other.id().equals(except.id()) && other.language().equals(language))
                .findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation(ContentError.TRANSLATION_LANGUAGE_TAKEN, language, other.title());
                });
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Optional<ContentDetails> find(ContentItemId id) {
        return items.findById(id.value())
                .map(item -> queries.details(item, items.findByTranslationGroupOrderByLanguage(item.translationGroup())));
    }

    /** Every item in every state, filtered; overdue review dates are flagged on each row. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Page<ContentSummary> list(ContentFilter filter, Pageable pageable) {
        return items.findAll(queries.matching(filter, null, false), pageable).map(queries::summary);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public long countReviewOverdue() {
        return items.count(queries.matching(ContentFilter.ALL.withReviewOverdueOnly(true), null, false));
    }

    /** The program's tier codes, lowest first, for the audience field. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<String> tierCodes() {
        return rules.tierCodes();
    }

    /** Revisions, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<RevisionSummary> history(ContentItemId id) {
        load(id);
        return revisions.findByItemIdOrderByRevisionDesc(id.value()).stream().map(ContentRevision::summary).toList();
    }

    /** The document of one revision, as it would be exported. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public String revisionDocument(ContentItemId id, int revision) {
        return revisions.findByItemIdAndRevision(id.value(), revision)
                .orElseThrow(() -> new ContentNotFoundException(id)).document();
    }

    /** What changed from revision {@code from} to revision {@code to}, line by line. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public RevisionDiff diff(ContentItemId id, int from, int to) {
        var before = revisionDocument(id, from).lines().toList();
        var after = revisionDocument(id, to).lines().toList();
        var lines = new ArrayList<RevisionDiff.Line>();
        var position = 0;
        for (var delta : DiffUtils.diff(before, after).getDeltas()) {
            var source = delta.getSource();
            for (; position < source.getPosition(); position++) {
                lines.add(new RevisionDiff.Line(RevisionDiff.Change.SAME, before.get(position)));
            }
            source.getLines().forEach(l -> lines.add(new RevisionDiff.Line(RevisionDiff.Change.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new RevisionDiff.Line(RevisionDiff.Change.ADDED, l)));
            position = source.getPosition() + source.size();
        }
        for (; position < before.size(); position++) {
            lines.add(new RevisionDiff.Line(RevisionDiff.Change.SAME, before.get(position)));
        }
        return new RevisionDiff(from, to, lines);
    }

    /** Partners' answers to "was this helpful?" on one item. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public ItemFeedback feedback(ContentItemId id) {
        load(id);
        var entries = feedback.findByItemIdOrderByCreatedAtDesc(id.value());
        var helpful = entries.stream().filter(ContentFeedbackEntry::helpful).count();
        return new ItemFeedback(helpful, entries.size() - helpful, entries.stream()
                .map(e -> new ItemFeedback.Entry(e.helpful(), e.comment(), rules.organizationName(e.organizationId()),
                        e.createdAt()))
                .toList());
    }

    private ContentItem load(ContentItemId id) {
        return items.findById(id.value()).orElseThrow(() -> new ContentNotFoundException(id));
    }

    private void checkVersion(ContentItem item, long expectedVersion) {
        if (item.version() != expectedVersion) {
            var last = revisions.findByItemIdOrderByRevisionDesc(item.id().value()).getFirst().summary();
            throw new ContentConflictException(ContentError.CHANGED_SINCE_OPENED, last.savedBy(), last.revision(), last.savedAt());
        }
    }

    private ContentItem flush(ContentItem item) {
        try {
            return items.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new ContentConflictException(ContentError.CHANGED_CONCURRENTLY);
        }
    }

    private void keepRevision(ContentItem item, Caller caller, String note) {
        revisions.keep(item, caller.username(), clock.instant(), note);
    }

    private ContentSummary announce(ContentItem item) {
        if (item.status() == ContentStatus.PUBLISHED) {
            events.publishEvent(new ContentPublished(item.id()));
        }
        return queries.summary(item);
    }
}
