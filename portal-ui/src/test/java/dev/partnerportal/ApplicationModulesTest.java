package dev.partnerportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);
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
        assertThat(files(COMMITTED)).as("docs/modules is stale: see docs/modules/README.md").isEqualTo(generated);
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
