package dev.partnerportal.ui.news;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.content.IndustryNews;
import dev.partnerportal.content.NewsFeedSummary;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * Editors subscribe the portal to RSS or Atom feeds. New entries arrive as draft industry reports in Content,
 * to curate, tag by industry and publish; each feed shows when it was last read and its last error.
 */
@Route("news-feeds")
@Menu(order = 35, title = "newsfeed.nav")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CONTENT_EDITOR})
public class NewsFeedsView extends Div implements HasDynamicTitle {

    private final IndustryNews news;
    private final Grid<NewsFeedSummary> grid = new Grid<>();

    static final class Draft {
        String name = "";
        String url = "";
    }

    NewsFeedsView(IndustryNews news) {
        this.news = news;
        addClassNames("portal-page", "portal-page-full");
        setId("news-feeds");
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("news-feeds-grid");
        grid.addColumn(NewsFeedSummary::name).setHeader(getTranslation("newsfeed.column.name"));
        grid.addColumn(NewsFeedSummary::url).setHeader(getTranslation("newsfeed.column.url")).setFlexGrow(2);
        grid.addColumn(f -> time(times, f.lastFetchedAt(), "newsfeed.never")).setHeader(getTranslation("newsfeed.column.fetched"));
        grid.addColumn(NewsFeedSummary::imported).setHeader(getTranslation("newsfeed.column.imported"));
        grid.addComponentColumn(f -> {
            var error = new Span(f.lastError() == null ? getTranslation("newsfeed.ok")
                    : getTranslation("newsfeed.error", f.lastError(), time(times, f.lastErrorAt(), "newsfeed.never")));
            error.addClassName(f.lastError() == null ? "portal-hint" : "portal-error-text");
            return error;
        }).setHeader(getTranslation("newsfeed.column.status")).setFlexGrow(2);
        grid.addComponentColumn(f -> {
            var fetch = new Button(getTranslation("newsfeed.fetch"), click -> {
                int imported = news.fetchNow(f.id());
                Notices.success(getTranslation("newsfeed.fetched", imported));
                refresh();
            });
            fetch.setId("fetch-" + f.id().value());
            fetch.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var remove = new Button(getTranslation("newsfeed.remove"), click -> {
                news.unsubscribe(f.id());
                refresh();
            });
            remove.setId("remove-" + f.id().value());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new Div(fetch, remove);
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("newsfeed.none"));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("newsfeed.intro")), grid, new H3(getTranslation("newsfeed.subscribe")), form());
        refresh();
    }

    private FormLayout form() {
        var binder = new Binder<Draft>();
        var name = new TextField(getTranslation("newsfeed.field.name"));
        name.setId("news-feed-name");
        name.setMaxLength(NewsFeedSummary.NAME_MAX_LENGTH);
        var url = new TextField(getTranslation("newsfeed.field.url"));
        url.setId("news-feed-url");
        url.setMaxLength(NewsFeedSummary.URL_MAX_LENGTH);
        url.setPlaceholder("https://");
        binder.forField(name).withValidator(v -> !v.isBlank(), getTranslation("newsfeed.field.required"))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(url).withValidator(v -> !v.isBlank(), getTranslation("newsfeed.field.required"))
                .bind(d -> d.url, (d, v) -> d.url = v);
        binder.setBean(new Draft());
        var subscribe = new Button(getTranslation("newsfeed.subscribe"), click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                news.subscribe(binder.getBean().name, binder.getBean().url);
                binder.setBean(new Draft());
                Notices.success(getTranslation("newsfeed.subscribed"));
                refresh();
            } catch (RuleViolation refused) {
                url.setInvalid(true);
                url.setErrorMessage(Notices.message(refused));
            }
        });
        subscribe.setId("news-feed-subscribe");
        subscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, url, subscribe);
        form.setId("news-feed-form");
        return form;
    }

    private void refresh() {
        grid.setItems(news.feeds());
    }

    private String time(DateTimeFormatter times, @Nullable Instant instant, String noneKey) {
        return instant == null ? getTranslation(noneKey) : times.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newsfeed.pageTitle");
    }
}
