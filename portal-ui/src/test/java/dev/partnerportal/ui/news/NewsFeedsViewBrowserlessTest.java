package dev.partnerportal.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.content.NewsFeedSummary;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.error.NotFoundView;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An editor subscribes to a feed served on loopback, reads it now, and sees a broken feed's last error. */
@PortalWebTest
class NewsFeedsViewBrowserlessTest extends PortalBrowserlessTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Logistics Daily</title>
            <item><guid>logistics-1</guid><title>Ports reopen</title><link>https://logistics.example/ports</link>
              <description>Shipping resumes.</description></item>
            </channel></rss>""";

    @Autowired
    JdbcTemplate jdbc;

    HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            var ok = exchange.getRequestURI().getPath().equals("/logistics.xml");
            var bytes = (ok ? RSS : "not xml at all").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void subscribe(String name, String address) {
        test(find(TextField.class).withId("news-feed-name").single()).setValue(name);
        test(find(TextField.class).withId("news-feed-url").single()).setValue(address);
        test(find(Button.class).withId("news-feed-subscribe").single()).click();
    }

    @SuppressWarnings("unchecked")
    private Grid<NewsFeedSummary> grid() {
        return find(Grid.class).withId("news-feeds-grid").single();
    }

    private int index(String name) {
        var grid = grid();
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).name().equals(name)).findFirst().orElseThrow();
    }

    private NewsFeedSummary row(String name) {
        return test(grid()).getRow(index(name));
    }

    /** Grid cells are rendered lazily, so the row's "Read now" button is reached through the grid. */
    private void readNow(String name) {
        var actions = test(grid()).getCellComponent(index(name), 5);
        var button = (Button) actions.getChildren().findFirst().orElseThrow();
        assertThat(button.getText()).isEqualTo("Read now");
        test(button).click();
    }

    @Test
    void anEditorSubscribesReadsNowAndSeesDraftsAndErrors() {
        signInAs("editor@vendor.test");
        navigate(NewsFeedsView.class);

        subscribe("Intranet", "http://10.1.2.3/feed");
        assertThat(find(TextField.class).withId("news-feed-url").single().getErrorMessage())
                .startsWith("Enter an http or https address that the portal may reach");

        subscribe("Logistics Daily", url("/logistics.xml"));
        subscribe("Broken", url("/broken.xml"));
        readNow("Logistics Daily");
        readNow("Broken");

        assertThat(row("Logistics Daily").imported()).isEqualTo(1);
        assertThat(row("Logistics Daily").lastError()).isNull();
        assertThat(row("Broken").lastError()).startsWith("The feed is not RSS or Atom");
        assertThat(jdbc.queryForObject("select status from content_item where title = 'Ports reopen'", String.class))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from news_feed where name = 'Intranet'", Integer.class)).isZero();
    }

    @Test
    void partnersAndManagersDoNotSeeTheFeedsPage() {
        for (var who : new String[] {"alice@northwind.test", "manager@vendor.test"}) {
            signInAs(who);
            navigate("news-feeds", NotFoundView.class);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        }
    }
}
