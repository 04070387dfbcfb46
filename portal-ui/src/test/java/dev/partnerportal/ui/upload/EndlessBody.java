package dev.partnerportal.ui.upload;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.lang.reflect.Proxy;

/**
 * A request body generated as it is read, so a test can offer far more bytes than any buffer holds and
 * see how many the server actually took.
 */
public final class EndlessBody extends InputStream {

    private final long length;
    private long read;

    public EndlessBody(long length) {
        this.length = length;
    }

    /** How many bytes have been read so far. */
    public long bytesRead() {
        return read;
    }

    @Override
    public int read() {
        if (read >= length) {
            return -1;
        }
        read++;
        return 'x';
    }

    @Override
    public int read(byte[] buffer, int offset, int wanted) {
        if (read >= length) {
            return -1;
        }
        int n = (int) Math.min(wanted, length - read);
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
        read += n;
        return n;
    }

    /** An upload of this body as the Vaadin upload sends it (the raw file as the request body). */
    public UploadEvent asUpload(String fileName, long declaredSize) {
        var request = (VaadinRequest) Proxy.newProxyInstance(VaadinRequest.class.getClassLoader(), new Class<?>[] {VaadinRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> this;
                    case "getContentLengthLong" -> declaredSize;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
        return new UploadEvent(request, null, null, fileName, declaredSize, "application/octet-stream", null, null);
    }
}
