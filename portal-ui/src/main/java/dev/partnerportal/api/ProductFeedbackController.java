package dev.partnerportal.api;

import dev.partnerportal.earlyaccess.BetaId;
import dev.partnerportal.productfeedback.FeedbackDraft;
import dev.partnerportal.productfeedback.FeedbackId;
import dev.partnerportal.productfeedback.FeedbackItem;
import dev.partnerportal.productfeedback.FeedbackKind;
import dev.partnerportal.productfeedback.FeedbackStatus;
import dev.partnerportal.productfeedback.FeedbackVisibility;
import dev.partnerportal.productfeedback.ProductFeedback;
import dev.partnerportal.productfeedback.Triage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product feedback and ideas. Partners submit for their organization, list its submissions plus the ideas shown
 * to all partners, and vote on those ideas; another organization's private submission answers 404. Administrators
 * and channel managers list everything (filterable by status) and triage.
 */
@RestController
@Tag(name = "Product feedback")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class ProductFeedbackController {

    private final ProductFeedback feedback;

    ProductFeedbackController(ProductFeedback feedback) {
        this.feedback = feedback;
    }

    /** A submission as JSON; {@code organization} and {@code reply} are absent on another organization's public idea. */
    record FeedbackView(long id, FeedbackKind kind, String productArea, String title, String description,
                        FeedbackStatus status, FeedbackVisibility visibility, @Nullable String organization,
                        boolean ownOrganization, @Nullable String reply, @Nullable Instant repliedAt,
                        @Nullable String beta, int votes, boolean votedByMe, Instant submittedAt) {

        static FeedbackView of(FeedbackItem item) {
            return new FeedbackView(item.id().value(), item.kind(), item.productArea(), item.title(), item.description(),
                    item.status(), item.visibility(), item.organizationName(), item.ownOrganization(), item.reply(),
                    item.repliedAt(), item.betaName(), item.votes(), item.votedByMe(), item.submittedAt());
        }
    }

    record SubmitRequest(@NotNull FeedbackKind kind,
                         @NotBlank @Size(max = FeedbackDraft.AREA_MAX_LENGTH) String productArea,
                         @NotBlank @Size(max = FeedbackDraft.TITLE_MAX_LENGTH) String title,
                         @NotBlank @Size(max = FeedbackDraft.DESCRIPTION_MAX_LENGTH) String description,
                         @Nullable Long betaId) {
    }

    /** Absent fields stay as they are; an empty reply removes the reply. */
    record TriageRequest(@Nullable FeedbackStatus status, @Nullable FeedbackVisibility visibility,
                         @Nullable @Size(max = Triage.REPLY_MAX_LENGTH) String reply) {
    }

    record VoteView(boolean voted, int votes) {
    }

    @GetMapping("/api/feedback")
    @Operation(summary = "Partners: their organization's submissions and the ideas shown to all partners, most votes "
            + "first. Administrators and channel managers: every submission they may see, newest first")
    PageOf<FeedbackView> list(@RequestParam(required = false) @Nullable FeedbackStatus status,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(feedback.list(status, Paging.of(page, size, Sort.unsorted())).map(FeedbackView::of));
    }

    @GetMapping("/api/feedback/{id}")
    @Operation(summary = "One submission, if the caller may see it")
    FeedbackView one(@PathVariable long id) {
        return feedback.find(new FeedbackId(id)).map(FeedbackView::of).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit feedback or an idea for the caller's organization, optionally naming a beta it takes part in (partners)")
    FeedbackView submit(@Valid @RequestBody SubmitRequest request) {
        var id = feedback.submit(new FeedbackDraft(request.kind(), request.productArea(), request.title(),
                request.description(), request.betaId() == null ? null : new BetaId(request.betaId())));
        return feedback.find(id).map(FeedbackView::of).orElseThrow();
    }

    @PatchMapping("/api/feedback/{id}")
    @Operation(summary = "Triage: status, visibility and the reply to the submitting organization (administrators and channel managers)")
    FeedbackView triage(@PathVariable long id, @Valid @RequestBody TriageRequest request) {
        return FeedbackView.of(feedback.triage(new FeedbackId(id),
                new Triage(request.status(), request.visibility(), request.reply())));
    }

    @PostMapping("/api/feedback/{id}/votes")
    @Operation(summary = "Vote for an idea shown to all partners, or take the caller's vote back: one vote per person (partners)")
    VoteView vote(@PathVariable long id) {
        var voted = feedback.toggleVote(new FeedbackId(id));
        return new VoteView(voted, feedback.find(new FeedbackId(id)).orElseThrow().votes());
    }
}
