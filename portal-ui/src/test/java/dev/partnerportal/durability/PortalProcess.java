package dev.partnerportal.durability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The real portal ({@code PortalApplication} with its own {@code application.properties}, so the embedded
 * default's H2 URL exactly as shipped) in a child JVM whose working directory is a scratch folder: its
 * {@code ./data} (database and search index) lives there and survives the child. {@link #kill()} is
 * {@link Process#destroyForcibly()}, which is SIGKILL on Linux: no shutdown hook, no clean close.
 */
final class PortalProcess {

    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final Path workingDirectory;
    private final Path log;
    private final int port;
    private final Process process;

    private PortalProcess(Path workingDirectory, Path log, int port, Process process) {
        this.workingDirectory = workingDirectory;
        this.log = log;
        this.port = port;
        this.process = process;
    }

    /** Starts the portal in {@code workingDirectory} and waits until it answers ready. */
    static PortalProcess start(Path workingDirectory, String logName) throws IOException, InterruptedException {
        var port = freePort();
        var log = workingDirectory.resolve(logName);
        var command = new ArrayList<String>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", applicationClasspath(),
                "dev.partnerportal.PortalApplication",
                "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--logging.level.dev.partnerportal.search=info"));
        var process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        var portal = new PortalProcess(workingDirectory, log, port, process);
        portal.awaitReady();
        return portal;
    }

    int port() {
        return port;
    }

    /** SIGKILL, and wait until the process is gone (so its file lock on the database is released). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitReady() throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(STARTUP);
        var readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal exited with " + process.exitValue() + " during start-up:\n" + tail());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the portal did not become ready within " + STARTUP + ":\n" + tail());
    }

    private String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * The application's runtime classpath: this test JVM's classpath without test classes and test jars, so
     * the child assembles exactly the production application context.
     */
    private static String applicationClasspath() {
        var classpath = System.getProperty("java.class.path");
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar")
                        && !entry.contains("surefire"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    Path workingDirectory() {
        return workingDirectory;
    }
}
