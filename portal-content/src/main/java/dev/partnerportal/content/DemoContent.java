package dev.partnerportal.content;

import dev.partnerportal.identity.UserAccount;
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
 * Demo mode: a few published items (a cheat sheet, an onboarding guide, an industry report and a
 * Gold-only playbook), written by the demo editor. Only into an empty content table, so restarts never
 * duplicate them.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoContent implements ApplicationRunner {

    private final ContentItems items;
    private final ContentRevisions revisions;
    private final UserAccounts users;
    private final Clock clock;

    DemoContent(ContentItems items, ContentRevisions revisions, UserAccounts users, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var editor = users.findByEmail("editor@vendor.test");
        if (items.count() > 0 || editor.isEmpty()) {
            return;
        }
        var reviewBy = LocalDate.now(clock).plusMonths(6);
        publish(editor.get(), new ContentDraft(ContentType.CHEAT_SHEET, "Commerce Suite for retailers", "commerce-suite-retail",
                "One page to prepare a first meeting with a mid-sized retailer.", """
                Use this sheet before a **first meeting**. The printable version fits on one page.

                See also the [product pages](https://example.com/commerce-suite).
                """, "en", List.of("Retail"), List.of("Commerce Suite"), List.of(), List.of(), List.of("first meeting"),
                reviewBy, new CheatSheet(
                        "Commerce Suite runs online shop, stores and stock on one platform.",
                        "Heads of e-commerce and CIOs of retailers with 20 to 500 stores.",
                        "Stock that is wrong online; separate systems for shop and stores; slow peak-season pages.",
                        "One stock figure everywhere, live in twelve weeks, priced per store.",
                        "\"We just replatformed.\" Start with the stock service alone; it plugs into any shop.",
                        "Contoso Outdoor: 31% fewer cancelled orders in the first season."), null, null));
        publish(editor.get(), ContentDraft.of(ContentType.ONBOARDING_GUIDE, "Your first 30 days in the program",
                "What to do in your first month: accounts, training, your first deal registration.", """
                ## Week 1
                Invite your sales team and pick a technical lead.

                ## Weeks 2 to 3
                Take the *Foundations* lessons and pass the sales certification.

                ## Week 4
                Register your first opportunity and book a call with your partner manager.
                """).withDetails(List.of("onboarding"), reviewBy, CheatSheet.EMPTY));
        publish(editor.get(), ContentDraft.of(ContentType.INDUSTRY_REPORT, "Manufacturing outlook 2027",
                "Where mid-sized manufacturers will spend on analytics and field service next year.", """
                | Area | Share of budgets |
                |------|------------------|
                | Predictive maintenance | 34% |
                | Supply-chain analytics | 27% |

                Manufacturers expect service revenue to grow faster than product revenue.
                """).withTaxonomy(List.of("Manufacturing"), List.of("Analytics Cloud", "Field Service"))
                .withDetails(List.of("outlook"), LocalDate.now(clock).minusDays(1), CheatSheet.EMPTY));
        publish(editor.get(), ContentDraft.of(ContentType.PLAYBOOK, "Gold partner deal desk playbook",
                "How Gold partners get special pricing approved within two working days.", """
                1. Open a deal desk request with the customer's name and the discount asked.
                2. Attach the competitive situation.
                3. Your partner manager answers within two working days.
                """).withAudience(List.of("GOLD", "PLATINUM"), List.of())
                .withDetails(List.of("pricing"), reviewBy, CheatSheet.EMPTY));
    }

    private void publish(UserAccount editor, ContentDraft draft) {
        var now = clock.instant();
        var slug = draft.slug().isEmpty() ? ContentRules.slugOf(draft.title()) : draft.slug();
        var item = items.save(new ContentItem(draft, slug, editor.id(), UUID.randomUUID().toString(), now));
        item.publishDirectly(now);
        revisions.keep(item, editor.email(), now, "created");
    }
}
