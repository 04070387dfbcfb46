package dev.partnerportal.content;

import dev.partnerportal.identity.UserAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the published training lessons that the demo courses are made of. Only when no training lesson
 * exists yet, so restarts never duplicate them.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoLessons implements ApplicationRunner {

    private final ContentItems items;
    private final ContentRevisions revisions;
    private final UserAccounts users;
    private final Clock clock;

    DemoLessons(ContentItems items, ContentRevisions revisions, UserAccounts users, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var editor = users.findByEmail("editor@vendor.test");
        if (editor.isEmpty() || items.findBySlug("know-your-buyer").isPresent()) {
            return;
        }
        var reviewBy = LocalDate.now(clock).plusMonths(6);
        lesson(editor.get().id(), editor.get().email(), "Know your buyer", "Who signs, who uses, who blocks.", """
                ## Three people in every deal
                The **economic buyer** signs. The **users** decide whether it sticks. The **IT lead** can block it.

                Ask early who signs contracts above the customer's approval limit.
                """, reviewBy);
        lesson(editor.get().id(), editor.get().email(), "The first meeting", "Prepare, listen, and agree a next step.", """
                ## Before
                Read the cheat sheet for the customer's industry.

                ## During
                Ask about their stock accuracy, their peak season and their systems. Listen more than you talk.

                ## After
                Agree one concrete next step with a date.
                """, reviewBy);
        lesson(editor.get().id(), editor.get().email(), "Pricing and discounts", "How list prices, tiers and the deal desk fit together.", """
                Commerce Suite is priced **per store per month**. Partners earn a margin by tier.
                Discounts beyond your tier's margin go through the deal desk.
                """, reviewBy);
        lesson(editor.get().id(), editor.get().email(), "Installing the stock service", "The first technical step of every implementation.", """
                1. Create the tenant.
                2. Connect the shop through the stock API.
                3. Import stores and their stock levels.
                """, reviewBy);
        lesson(editor.get().id(), editor.get().email(), "Going live", "Cut-over, monitoring and hand-over to the customer.", """
                Plan the cut-over outside peak season, watch the sync dashboard for a week, then hand over.
                """, reviewBy);
    }

    private void lesson(dev.partnerportal.shared.UserId editor, String editorEmail, String title, String summary,
                        String body, LocalDate reviewBy) {
        var now = clock.instant();
        var draft = ContentDraft.of(ContentType.TRAINING_LESSON, title, summary, body)
                .withDetails(List.of("training"), reviewBy, CheatSheet.EMPTY);
        var item = items.save(new ContentItem(draft, ContentRules.slugOf(title), editor, UUID.randomUUID().toString(), now));
        item.publishDirectly(now);
        revisions.keep(item, editorEmail, now, "created");
    }
}
