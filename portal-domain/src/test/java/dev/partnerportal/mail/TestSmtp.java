package dev.partnerportal.mail;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The GreenMail SMTP server of the mail tests, on a port free in this test JVM. The suite runs two test JVMs at
 * once, so a fixed port (3025) would be taken by the other one. The port is published as the system property
 * {@code portal.test.smtp-port} before any Spring context of these tests starts, so that the tests can all name
 * {@code spring.mail.port=${portal.test.smtp-port}} and share one context.
 */
final class TestSmtp {

    static final ServerSetup SETUP;

    static {
        int port = freePort();
        System.setProperty("portal.test.smtp-port", String.valueOf(port));
        SETUP = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    private TestSmtp() {
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test SMTP server", e);
        }
    }
}
