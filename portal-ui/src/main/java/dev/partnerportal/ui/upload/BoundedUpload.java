package dev.partnerportal.ui.upload;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload kept in memory up to a limit that the server enforces, whatever the browser was told: a declared
 * size over the limit is refused before a byte is read, and a body that runs past the limit is refused as soon
 * as it does, so no more than the limit plus one byte is ever read or held. A refused upload reaches nothing
 * but the {@code refused} callback; {@code accepted} sees only files within the limit.
 */
public final class BoundedUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(BoundedUpload.class);
    private static final int BUFFER_BYTES = 8 * 1024;

    private final long maxBytes;
    private final String refusal;
    private final InMemoryUploadCallback accepted;
    private final SerializableRunnable refused;

    /**
     * @param maxBytes the largest file accepted
     * @param refusal  what the upload component shows next to a refused file (already translated)
     * @param accepted receives the name and bytes of a file within the limit, on the request thread
     * @param refused  runs on the request thread when a file is refused, e.g. to show a notification
     */
    public BoundedUpload(long maxBytes, String refusal, InMemoryUploadCallback accepted, SerializableRunnable refused) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the limit must be positive");
        }
        this.maxBytes = maxBytes;
        this.refusal = refusal;
        this.accepted = accepted;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event, "declared " + event.getFileSize() + " bytes");
            return;
        }
        byte[] bytes;
        try (var in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        if (bytes == null) {
            refuse(event, "the body ran past the limit");
            return;
        }
        accepted.complete(new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length), bytes);
    }

    /** Multipart uploads: the servlet layer checks these before the handler runs. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /**
     * The stream's bytes if there are at most {@code maxBytes} of them; otherwise {@code null}, having read
     * at most {@code maxBytes + 1} bytes.
     */
    static byte @Nullable [] readAtMost(InputStream in, long maxBytes) throws IOException {
        var out = new ByteArrayOutputStream((int) Math.min(maxBytes, BUFFER_BYTES));
        var buffer = new byte[BUFFER_BYTES];
        long total = 0;
        while (true) {
            // Never ask for more than one byte past the limit: that byte is enough to know the file is too large.
            int wanted = (int) Math.min(buffer.length, maxBytes + 1 - total);
            int n = in.read(buffer, 0, wanted);
            if (n == -1) {
                return out.toByteArray();
            }
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
    }

    /** A limit as people read it: "256 KB", "20 MB". */
    public static String describe(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    private void refuse(UploadEvent event, String why) {
        log.info("Refused an upload over the limit of {} bytes: {}", maxBytes, why);
        event.reject(refusal);
        refused.run();
    }
}
