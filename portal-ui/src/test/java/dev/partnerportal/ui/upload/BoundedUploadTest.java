package dev.partnerportal.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The server-side limit: a body ten times the limit is refused having read at most the limit plus one byte. */
class BoundedUploadTest {

    private static final int LIMIT = 256 * 1024;

    private final List<byte[]> accepted = new ArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final BoundedUpload handler = new BoundedUpload(LIMIT, "too large",
            (metadata, bytes) -> accepted.add(bytes), refused::incrementAndGet);

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeAByteIsRead() throws IOException {
        var body = new EndlessBody(10L * LIMIT);
        var event = body.asUpload("big.png", 10L * LIMIT);

        handler.handleUploadRequest(event);

        assertThat(body.bytesRead()).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("too large");
        assertThat(refused).hasValue(1);
        assertThat(accepted).isEmpty();
    }

    @Test
    void aBodyTenTimesTheLimitWithoutADeclaredSizeIsRefusedAfterTheLimitPlusOneByte() throws IOException {
        var body = new EndlessBody(10L * LIMIT);
        var event = body.asUpload("big.png", -1);

        handler.handleUploadRequest(event);

        assertThat(body.bytesRead()).isEqualTo(LIMIT + 1);
        assertThat(event.isRejected()).isTrue();
        assertThat(refused).hasValue(1);
        assertThat(accepted).isEmpty();
    }

    @Test
    void aBodyThatLiesAboutItsSizeIsRefusedTheSameWay() throws IOException {
        var body = new EndlessBody(10L * LIMIT);

        handler.handleUploadRequest(body.asUpload("small.png", 1024));

        assertThat(body.bytesRead()).isEqualTo(LIMIT + 1);
        assertThat(accepted).isEmpty();
    }

    @Test
    void aFileOfExactlyTheLimitIsAcceptedWhole() throws IOException {
        var body = new EndlessBody(LIMIT);
        var event = body.asUpload("fits.png", LIMIT);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(refused).hasValue(0);
        assertThat(accepted).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(LIMIT));
    }
}
