package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.SignIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Bulk import and export of Markdown bundles, on H2 and PostgreSQL: idempotent, all or nothing. */
abstract class ContentBundlesContract {

    @Autowired
    ContentBundles bundles;
    @Autowired
    ContentEditing editing;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    String prefix;

    @BeforeEach
    void signIn() {
        prefix = "b" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(provider, "editor@vendor.test");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private String file(String title, String industry) {
        return """
                ---
                type: INDUSTRY_REPORT
                title: %s
                industries: [%s]
                tiers: [GOLD]
                ---
                # %s
                Body text.
                """.formatted(title, industry, title);
    }

    private long items() {
        return jdbc.queryForObject("select count(*) from content_item", Long.class);
    }

    @Test
    void aNewBundleCreatesDraftsAndImportingItAgainChangesNothing() throws IOException {
        var bundle = zip(Map.of(prefix + "-retail.md", file("Retail " + prefix, "Retail"),
                "reports/" + prefix + "-health.md", file("Health " + prefix, "Healthcare")));
        var progress = new ArrayList<Integer>();

        var first = bundles.importZip(bundle, (done, total) -> progress.add(done * 100 / total));

        assertThat(first).isEqualTo(new ImportReport(2, 2, 0, 0, List.of()));
        assertThat(progress).last().isEqualTo(100);
        var item = editing.list(ContentFilter.ALL.withText("Retail " + prefix), org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent().getFirst();
        assertThat(item.slug()).isEqualTo(prefix + "-retail");
        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(item.tiers()).containsExactly("GOLD");
        assertThat(editing.history(item.id()).getFirst().note()).isEqualTo("imported");

        var before = items();
        assertThat(bundles.importZip(bundle, (d, t) -> { })).isEqualTo(new ImportReport(2, 0, 0, 2, List.of()));
        assertThat(items()).isEqualTo(before);

        var changed = zip(Map.of(prefix + "-retail.md", file("Retail " + prefix, "Manufacturing")));
        assertThat(bundles.importZip(changed, (d, t) -> { }).updated()).isEqualTo(1);
        assertThat(editing.history(item.id())).hasSize(2);
    }

    @Test
    void anExportImportsBackUnchanged() throws IOException {
        var out = new ByteArrayOutputStream();
        var exported = bundles.export(out);
        var before = items();

        var report = bundles.importZip(out.toByteArray(), (d, t) -> { });

        assertThat(report.errors()).isEmpty();
        assertThat(report.unchanged()).isEqualTo(exported);
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void oneBadFileMeansNothingIsWrittenAndEveryProblemIsReportedPerFile() throws IOException {
        var before = items();
        var bundle = zip(new java.util.LinkedHashMap<>(Map.of(
                prefix + "-good.md", file("Good " + prefix, "Retail"),
                prefix + "-astro.md", file("Astro " + prefix, "Astrology"),
                prefix + "-broken.md", "---\ntype: [\n---\n",
                prefix + "-none.md", "just text",
                "payload.exe", "MZ")));

        var report = bundles.importZip(bundle, (d, t) -> { });

        assertThat(report.succeeded()).isFalse();
        assertThat(report.created()).isZero();
        assertThat(report.errors()).extracting(ImportReport.FileError::file).containsExactlyInAnyOrder(
                prefix + "-astro.md", prefix + "-broken.md", prefix + "-none.md", "payload.exe");
        assertThat(report.errors()).filteredOn(e -> e.file().endsWith("astro.md")).singleElement().satisfies(e -> {
            assertThat(e.error()).isEqualTo(ContentError.UNKNOWN_TERM);
            assertThat(e.arguments()).startsWith("industry", "Astrology");
        });
        assertThat(report.errors()).filteredOn(e -> e.file().equals("payload.exe")).extracting(ImportReport.FileError::error)
                .containsExactly(ContentError.BUNDLE_NOT_MARKDOWN);
        assertThat(items()).isEqualTo(before);
        assertThat(bundles.importZip("not a zip".getBytes(StandardCharsets.UTF_8), (d, t) -> { }).errors())
                .extracting(ImportReport.FileError::error).containsExactly(ContentError.BUNDLE_NOT_A_ZIP);
    }

    @Test
    void partnersCannotImportOrExport() throws IOException {
        SignIn.as(provider, "alice@northwind.test");
        var bundle = zip(Map.of(prefix + ".md", file("P " + prefix, "Retail")));

        assertThatThrownBy(() -> bundles.importZip(bundle, (d, t) -> { })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bundles.export(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }
}
