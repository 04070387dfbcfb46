package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.SignIn;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Feeds served on loopback: entries become drafts once; failures and garbage change nothing but the feed's last error. */
abstract class IndustryNewsContract {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Retail Weekly</title><link>https://retail.example/</link>
            <item><guid>retail-1</guid><title>Stores go &lt;b&gt;cashless&lt;/b&gt; &amp; faster</title>
              <link>https://retail.example/cashless</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>
              <description>&lt;p&gt;Half of &lt;script&gt;alert(1)&lt;/script&gt;stores &lt;a href="javascript:x()"&gt;now&lt;/a&gt; refuse cash.&lt;/p&gt;</description></item>
            <item><title>No id but a link</title><link>https://retail.example/linked</link><description>Plain.</description></item>
            <item><guid>retail-3</guid><title>A bad link</title><link>javascript:alert(1)</link><description>Text.</description></item>
            </channel></rss>""";

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Energy news</title><id>urn:energy</id><updated>2026-11-29T10:00:00Z</updated>
            <entry><id>urn:energy:1</id><title>Grid storage doubles</title><link href="https://energy.example/storage"/>
              <updated>2026-11-29T10:00:00Z</updated><summary>Batteries everywhere.</summary></entry>
            </feed>""";

    static final String DOCTYPE = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>x</title><item><guid>e</guid><title>&xxe;</title></item></channel></rss>""";

    @Autowired
    IndustryNews news;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    HttpServer server;
    final Map<String, String> bodies = new ConcurrentHashMap<>();
    final CountDownLatch never = new CountDownLatch(1);

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            if (path.equals("/slow")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            var body = bodies.get(path);
            var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 500 : 200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        SignIn.as(provider, "editor@vendor.test");
    }

    @AfterEach
    void stop() {
        never.countDown();
        server.stop(0);
        SignIn.out();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private int drafts() {
        return jdbc.queryForObject("select count(*) from content_item where type = 'INDUSTRY_REPORT' and status = 'DRAFT'", Integer.class);
    }

    private NewsFeedSummary feed(NewsFeedId id) {
        return news.feeds().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void newRssEntriesBecomeDraftIndustryReportsWithSourceLinkAndDateOnceOnly() {
        bodies.put("/retail.xml", RSS);
        var id = news.subscribe("Retail Weekly", url("/retail.xml"));
        int before = drafts();

        assertThat(news.fetchNow(id)).isEqualTo(3);
        assertThat(news.fetchNow(id)).as("the same entries again").isZero();

        assertThat(drafts()).isEqualTo(before + 3);
        var item = jdbc.queryForMap("select title, summary, body from content_item where title like 'Stores go%'");
        assertThat(item.get("title")).isEqualTo("Stores go cashless & faster");
        assertThat(item.get("summary")).isEqualTo("Half of stores now refuse cash.");
        assertThat((String) item.get("body")).doesNotContain("<script", "javascript:", "alert")
                .endsWith("Source: Retail Weekly — <https://retail.example/cashless> — 2026-11-30");
        var badLink = (String) jdbc.queryForObject("select body from content_item where title = 'A bad link'", String.class);
        assertThat(badLink).doesNotContain("javascript").endsWith("Source: Retail Weekly");
        var summary = feed(id);
        assertThat(summary.imported()).isEqualTo(3);
        assertThat(summary.lastFetchedAt()).isNotNull();
        assertThat(summary.lastError()).isNull();
    }

    @Test
    void atomFeedsWorkToo() {
        bodies.put("/energy.atom", ATOM);
        var id = news.subscribe("Energy news", url("/energy.atom"));

        assertThat(news.fetchNow(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select body from content_item where title = 'Grid storage doubles'", String.class))
                .isEqualTo("Batteries everywhere\\.\n\nSource: Energy news — <https://energy.example/storage> — 2026-11-29");
    }

    @Test
    void aFailingOrGarbageFeedIsReportedAndImportsNothing() {
        bodies.put("/garbage.xml", "<html><body>Not a feed</body>");
        bodies.put("/doctype.xml", DOCTYPE);
        var garbage = news.subscribe("Garbage", url("/garbage.xml"));
        var broken = news.subscribe("Broken", url("/missing.xml"));
        var doctype = news.subscribe("Doctype", url("/doctype.xml"));
        var slow = news.subscribe("Slow", url("/slow"));
        int before = drafts();

        assertThat(news.fetchNow(garbage)).isZero();
        assertThat(news.fetchNow(broken)).isZero();
        assertThat(news.fetchNow(doctype)).isZero();
        assertThat(news.fetchNow(slow)).isZero();

        assertThat(drafts()).isEqualTo(before);
        assertThat(feed(garbage).lastError()).startsWith("The feed is not RSS or Atom");
        assertThat(feed(broken).lastError()).isEqualTo("The feed HTTP 500");
        assertThat(feed(doctype).lastError()).startsWith("The feed is not RSS or Atom");
        assertThat(feed(slow).lastError()).isEqualTo("The feed timed out after 2 s");
        assertThat(List.of(feed(garbage), feed(broken), feed(doctype), feed(slow)))
                .allSatisfy(f -> assertThat(f.lastErrorAt()).isNotNull()).allSatisfy(f -> assertThat(f.imported()).isZero());
    }

    @Test
    void onlyHttpAddressesOutsideThePortalsNetworkAreAccepted() {
        int before = news.feeds().size();
        for (var address : List.of("file:///etc/passwd", "ftp://example.com/feed", "http://10.0.0.8/feed",
                "http://192.168.1.1/rss", "http://169.254.169.254/latest/meta-data", "http://[::]/", "http://user:pw@127.0.0.1/x",
                "not a url")) {
            assertThatThrownBy(() -> news.subscribe("Refused", address)).as(address)
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(NewsFeedError.ADDRESS_REFUSED));
        }
        assertThatThrownBy(() -> news.subscribe(" ", url("/x"))).isInstanceOf(RuleViolation.class);
        assertThat(news.feeds()).hasSize(before);
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        var production = new FeedAddressGuard(false);
        assertThatThrownBy(() -> production.check("http://127.0.0.1:8080/feed")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> production.check("http://localhost/feed")).isInstanceOf(RuleViolation.class);
        assertThat(new FeedAddressGuard(true).check("http://127.0.0.1:8080/feed").getPort()).isEqualTo(8080);
    }

    @Test
    void partnersAndManagersCannotSubscribe() {
        for (var who : List.of("alice@northwind.test", "manager@vendor.test")) {
            SignIn.as(provider, who);
            assertThatThrownBy(() -> news.subscribe("Feed", url("/retail.xml"))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> news.feeds()).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}
