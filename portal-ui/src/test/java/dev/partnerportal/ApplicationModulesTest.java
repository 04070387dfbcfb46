package dev.partnerportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of the features (ADR 012): every feature package is an application module, and the
 * generated module documentation committed under docs/modules matches the code. Regenerate it with the
 * command in docs/modules/README.md.
 */
class ApplicationModulesTest {

    /**
     * Production classes only: Modulith leaves out test class directories by default, but not the domain's test
     * jar (fixtures, test support), which is on the class path when the suite runs after {@code package}.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class, location ->
            ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("-tests.jar"));
    static final Path GENERATED = Path.of("target", "modules");
    static final Path COMMITTED = Path.of("..", "docs", "modules");

    @Test
    void modulesOnlyUseEachOthersApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void committedModuleDocumentationMatchesTheCode() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString())).writeDocumentation();

        var generated = files(GENERATED);
        assertThat(generated).isNotEmpty();
        if (Boolean.getBoolean("portal.modules.write")) {
            generated.forEach((name, text) -> write(COMMITTED.resolve(name), text));
        }
        assertThat(normalized(files(COMMITTED))).as("docs/modules is stale: see docs/modules/README.md")
                .isEqualTo(normalized(generated));
    }

    /**
     * Each file as its sorted lines: Modulith writes relations and list items in no fixed order from one run to
     * the next. A list's first item carries the table cell's "|", so that mark is set aside too.
     */
    private static Map<String, List<String>> normalized(Map<String, String> files) {
        var result = new TreeMap<String, List<String>>();
        files.forEach((name, text) -> result.put(name, text.lines()
                .map(line -> line.startsWith("|* ") ? line.substring(1) : line).sorted().toList()));
        return result;
    }

    /** The generated files by name; the README is ours, not Modulith's. */
    private static Map<String, String> files(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            var result = new TreeMap<String, String>();
            paths.filter(path -> !path.getFileName().toString().equals("README.md"))
                    .forEach(path -> result.put(path.getFileName().toString(), read(path)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
