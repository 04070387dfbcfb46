package dev.partnerportal.content;

import dev.partnerportal.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One piece of enablement material and its workflow state. State changes are methods that refuse a wrong
 * starting state, so no service can publish a draft that nobody approved.
 */
@Entity
@Table(name = "content_item")
class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ContentType type;
    @Column(nullable = false, length = ContentDraft.TITLE_MAX_LENGTH)
    private String title;
    @Column(nullable = false, unique = true, length = ContentDraft.SLUG_MAX_LENGTH)
    private String slug;
    @Column(nullable = false, length = ContentDraft.SUMMARY_MAX_LENGTH)
    private String summary;
    @Column(nullable = false, length = ContentDraft.BODY_MAX_LENGTH)
    private String body;
    @Column(nullable = false, length = ContentDraft.LANGUAGE_MAX_LENGTH)
    private String language;
    @Column(nullable = false, length = 1000)
    private String industries;
    @Column(nullable = false, length = 1000)
    private String products;
    @Column(nullable = false, length = 1000)
    private String regions;
    @Column(name = "audience_tiers", nullable = false, length = 1000)
    private String audienceTiers;
    /** Industries the item is for, '|a|b|' (empty: every industry); matched against the partner's industries. */
    @Column(name = "audience_industries", nullable = false, length = 2000)
    private String audienceIndustries = "";
    @Column(nullable = false, length = 1000)
    private String tags;
    @Column(name = "sheet_what_it_is", nullable = false, length = CheatSheet.SECTION_MAX_LENGTH)
    private String sheetWhatItIs;
    @Column(name = "sheet_who_buys", nullable = false, length = CheatSheet.SECTION_MAX_LENGTH)
    private String sheetWhoBuys;
    @Column(name = "sheet_pains", nullable = false, length = CheatSheet.SECTION_MAX_LENGTH)
    private String sheetPains;
    @Column(name = "sheet_pitch", nullable = false, length = CheatSheet.SECTION_MAX_LENGTH)
    private String sheetPitch;
    @Column(name = "sheet_objections", nullable = false, length = CheatSheet.SECTION_MAX_LENGTH)
    private String sheetObjections;
    @Column(name = "sheet_proof", nullable = false, length = CheatSheet.SECTION_MAX_LENGTH)
    private String sheetProof;
    @Column(name = "translation_group", nullable = false, length = 36)
    private String translationGroup;
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;
    @Column(name = "review_by")
    private @Nullable LocalDate reviewBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentStatus status;
    @Column(name = "publish_at")
    private @Nullable Instant publishAt;
    @Column(name = "expire_at")
    private @Nullable Instant expireAt;
    @Column(name = "published_at")
    private @Nullable Instant publishedAt;
    /** Chosen by an editor to lead the library and partners' homes; changed by a bulk update, not an edit. */
    @Column(nullable = false)
    private boolean featured;
    @Column(name = "last_editor_id", nullable = false)
    private Long lastEditorId;
    @Column(name = "submitted_by_id")
    private @Nullable Long submittedById;
    @Column(nullable = false)
    private int revision;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected ContentItem() {
    }

    ContentItem(ContentDraft draft, String slug, UserId owner, String translationGroup, Instant now) {
        this.ownerId = owner.value();
        this.translationGroup = translationGroup;
        this.status = ContentStatus.DRAFT;
        this.createdAt = now;
        apply(draft, slug, owner, now);
    }

    /**
     * Saves a new revision. Anything beyond a draft goes back to draft, because a change must be approved
     * again before partners see it. Returns true when the item was visible to partners until now.
     */
    boolean edit(ContentDraft draft, String newSlug, UserId editor, Instant now) {
        var wasVisible = status == ContentStatus.PUBLISHED;
        apply(draft, newSlug, editor, now);
        status = ContentStatus.DRAFT;
        submittedById = null;
        return wasVisible;
    }

    /**
     * An attachment added or removed is a change like an edit of the text: a new revision by {@code editor},
     * back to draft, to be approved again (by someone else) before partners see the item and its files.
     * Returns true when the item was visible to partners until now.
     */
    boolean changeAttachments(UserId editor, Instant now) {
        var wasVisible = status == ContentStatus.PUBLISHED;
        lastEditorId = editor.value();
        revision++;
        updatedAt = now;
        status = ContentStatus.DRAFT;
        submittedById = null;
        return wasVisible;
    }

    private void apply(ContentDraft draft, String newSlug, UserId editor, Instant now) {
        type = draft.type();
        title = draft.title();
        slug = newSlug;
        summary = draft.summary();
        body = draft.body();
        language = draft.language();
        industries = Terms.encode(draft.industries());
        products = Terms.encode(draft.products());
        regions = Terms.encode(draft.regions());
        audienceTiers = Terms.encode(draft.tiers());
        tags = Terms.encode(draft.tags());
        reviewBy = draft.reviewBy();
        var sheet = draft.cheatSheet();
        sheetWhatItIs = sheet.whatItIs();
        sheetWhoBuys = sheet.whoBuys();
        sheetPains = sheet.pains();
        sheetPitch = sheet.pitch();
        sheetObjections = sheet.objections();
        sheetProof = sheet.proofPoints();
        publishAt = draft.publishAt();
        expireAt = draft.expireAt();
        lastEditorId = editor.value();
        revision++;
        updatedAt = now;
    }

    void submit(UserId editor, Instant now) {
        require(Set.of(ContentStatus.DRAFT), "submit");
        status = ContentStatus.IN_REVIEW;
        submittedById = editor.value();
        updatedAt = now;
    }

    /** Approval by someone other than the person who made or submitted the change. */
    void approve(UserId approver, Instant now) {
        require(Set.of(ContentStatus.IN_REVIEW), "approve");
        if (approver.value() == lastEditorId || Objects.equals(submittedById, approver.value())) {
            throw new WorkflowException(ContentError.OWN_CHANGE);
        }
        publishOrSchedule(now);
    }

    /** Administrators may publish without a review. */
    void publishDirectly(Instant now) {
        require(Set.of(ContentStatus.DRAFT, ContentStatus.IN_REVIEW, ContentStatus.ARCHIVED), "publish");
        publishOrSchedule(now);
    }

    void sendBack(Instant now) {
        require(Set.of(ContentStatus.IN_REVIEW, ContentStatus.SCHEDULED), "send back");
        status = ContentStatus.DRAFT;
        submittedById = null;
        updatedAt = now;
    }

    /** Returns true when the item was visible to partners until now. */
    boolean archive(Instant now) {
        require(Set.of(ContentStatus.PUBLISHED, ContentStatus.SCHEDULED, ContentStatus.DRAFT), "archive");
        var wasVisible = status == ContentStatus.PUBLISHED;
        status = ContentStatus.ARCHIVED;
        updatedAt = now;
        return wasVisible;
    }

    boolean publishIfDue(Instant now) {
        if (status == ContentStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now)) {
            status = ContentStatus.PUBLISHED;
            publishedAt = now;
            return true;
        }
        return false;
    }

    boolean expireIfDue(Instant now) {
        if (status == ContentStatus.PUBLISHED && expireAt != null && !expireAt.isAfter(now)) {
            status = ContentStatus.ARCHIVED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    private void publishOrSchedule(Instant now) {
        if (expireAt != null && !expireAt.isAfter(now)) {
            throw new WorkflowException(ContentError.EXPIRED);
        }
        if (publishAt != null && publishAt.isAfter(now)) {
            status = ContentStatus.SCHEDULED;
        } else {
            status = ContentStatus.PUBLISHED;
            publishedAt = now;
        }
        updatedAt = now;
    }

    private void require(Set<ContentStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new WorkflowException(ContentError.WRONG_STATE, action, status);
        }
    }

    /**
     * The audience rule: published, the partner's tier and region are listed or the lists are empty, and the
     * item is for every industry or for one of the partner organization's industries.
     */
    boolean visibleTo(String tierCode, String region, Collection<String> industries) {
        return status == ContentStatus.PUBLISHED && addressedTo(tierCode, region, industries);
    }

    /** The tier, region and industry half of the audience rule, whatever the status. */
    boolean addressedTo(String tierCode, String region, Collection<String> industries) {
        return addressedTo(tierCode, region)
                && (audienceIndustries.isEmpty() || Terms.decode(audienceIndustries).stream().anyMatch(industries::contains));
    }

    /** Addresses the item to these industries only (empty: every industry). */
    void addressIndustries(List<String> industries) {
        this.audienceIndustries = Terms.encode(industries);
    }

    List<String> audienceIndustries() { return Terms.decode(audienceIndustries); }

    /** The tier and region half of the audience rule, whatever the status. */
    boolean addressedTo(String tierCode, String region) {
        return (audienceTiers.isEmpty() || Terms.decode(audienceTiers).contains(tierCode))
                && (regions.isEmpty() || Terms.decode(regions).contains(region));
    }

    ContentDraft toDraft() {
        return new ContentDraft(type, title, slug, summary, body, language, Terms.decode(industries),
                Terms.decode(products), Terms.decode(regions), Terms.decode(audienceTiers), Terms.decode(tags),
                reviewBy, cheatSheet(), publishAt, expireAt);
    }

    CheatSheet cheatSheet() {
        return new CheatSheet(sheetWhatItIs, sheetWhoBuys, sheetPains, sheetPitch, sheetObjections, sheetProof);
    }

    void joinTranslationGroup(String group) {
        translationGroup = group;
    }

    ContentItemId id() {
        return new ContentItemId(Objects.requireNonNull(id, "not yet persisted"));
    }

    ContentType type() { return type; }
    String title() { return title; }
    String slug() { return slug; }
    String summary() { return summary; }
    String body() { return body; }
    String language() { return language; }
    List<String> industries() { return Terms.decode(industries); }
    List<String> products() { return Terms.decode(products); }
    List<String> regions() { return Terms.decode(regions); }

    /**
     * True when this item is news for an organization serving {@code orgIndustries} and selling {@code orgProducts}:
     * it is addressed to or tagged with one of those industries, or tagged with one of those products. An item for
     * no industry and no product in particular is news for nobody in particular.
     */
    boolean isNewsFor(List<String> orgIndustries, List<String> orgProducts) {
        var topics = new java.util.HashSet<>(audienceIndustries());
        topics.addAll(industries());
        return !java.util.Collections.disjoint(topics, orgIndustries)
                || !java.util.Collections.disjoint(products(), orgProducts);
    }
    List<String> tiers() { return Terms.decode(audienceTiers); }
    List<String> tags() { return Terms.decode(tags); }
    String translationGroup() { return translationGroup; }
    UserId owner() { return new UserId(ownerId); }
    UserId lastEditor() { return new UserId(lastEditorId); }
    @Nullable LocalDate reviewBy() { return reviewBy; }
    ContentStatus status() { return status; }
    @Nullable Instant publishAt() { return publishAt; }
    @Nullable Instant expireAt() { return expireAt; }
    @Nullable Instant publishedAt() { return publishedAt; }
    boolean featured() { return featured; }
    int revision() { return revision; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
}
