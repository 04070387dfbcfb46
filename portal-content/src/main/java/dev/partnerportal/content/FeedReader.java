package dev.partnerportal.content;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import dev.partnerportal.shared.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;

/**
 * Reads a feed over HTTP within limits (address guard, no redirects, timeouts, a size cap) and parses RSS or
 * Atom with Rome (doctypes refused, so no external entities). Feed text is untrusted: titles and summaries come
 * back as plain text, every tag removed, and only http(s) links are kept.
 */
@Component
class FeedReader {

    /** One entry as plain text; {@code key} identifies it within its feed. */
    record Entry(String key, String title, String summary, @Nullable String link, @Nullable Instant published) {
    }

    /** Why a feed could not be read; the message is shown to editors. */
    static final class FeedException extends Exception {
        FeedException(String message) {
            super(message);
        }
    }

    private static final PolicyFactory NO_TAGS = new HtmlPolicyBuilder().toFactory();
    static final int MAX_ENTRIES = 50;

    private final FeedAddressGuard guard;
    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;

    FeedReader(@Value("${portal.news.allow-loopback:false}") boolean allowLoopback,
               @Value("${portal.news.timeout:10s}") Duration timeout,
               @Value("${portal.news.max-bytes:1048576}") long maxBytes) {
        this.guard = new FeedAddressGuard(allowLoopback);
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Checks an address before it is saved; throws the refusal editors see. */
    URI check(String address) {
        return guard.check(address);
    }

    List<Entry> read(String address) throws FeedException {
        var uri = guard.check(address);
        byte[] body;
        try {
            var response = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1")
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (var in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new FeedException("HTTP " + response.statusCode());
                }
                body = limited(in);
            }
        } catch (java.net.http.HttpTimeoutException e) {
            throw new FeedException("timed out after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new FeedException("could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("interrupted");
        }
        try {
            var input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            var feed = input.build(new InputSource(new ByteArrayInputStream(body)));
            var entries = new ArrayList<Entry>();
            for (var entry : feed.getEntries()) {
                if (entries.size() == MAX_ENTRIES) {
                    break;
                }
                var parsed = entry(entry);
                if (parsed != null) {
                    entries.add(parsed);
                }
            }
            return entries;
        } catch (Exception e) {
            throw new FeedException("is not RSS or Atom (" + e.getClass().getSimpleName() + ")");
        }
    }

    private byte[] limited(InputStream in) throws IOException, FeedException {
        var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new FeedException("is larger than " + maxBytes / 1024 + " KB");
        }
        return bytes;
    }

    private static @Nullable Entry entry(SyndEntry entry) {
        var link = httpLink(entry.getLink());
        var id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : link;
        var title = plain(entry.getTitle());
        if (id == null || title.isEmpty()) {
            return null;
        }
        var summary = entry.getDescription() != null ? plain(entry.getDescription().getValue())
                : entry.getContents().isEmpty() ? "" : plain(entry.getContents().getFirst().getValue());
        var date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new Entry(Sha256.hex(id), title, summary, link, date == null ? null : date.toInstant());
    }

    private static @Nullable String httpLink(@Nullable String link) {
        if (link == null) {
            return null;
        }
        var lower = link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? link.strip() : null;
    }

    /** Text without any markup: tags dropped by the sanitizer, the entities it writes decoded again, space collapsed. */
    static String plain(@Nullable String html) {
        if (html == null) {
            return "";
        }
        var text = NO_TAGS.sanitize(html);
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#43;", "+").replace("&#61;", "=").replace("&#64;", "@")
                .replace("&#96;", "`").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }
}
