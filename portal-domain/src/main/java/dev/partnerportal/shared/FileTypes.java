package dev.partnerportal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * The type of an uploaded file, decided by its bytes alone with Tika's detectors: the detector gets empty
 * metadata (no file name, no claimed type), so a renamed file cannot pass as another type. Every upload check
 * (attachments, inline images, escalation files, proofs of performance) asks this one instance: building Tika's
 * configuration loads every detector on the class path, and the detector is safe to share between threads.
 */
@Component
public class FileTypes {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The base media type of {@code content}, for example {@code application/pdf}; empty for no bytes. */
    public String of(byte[] content) {
        if (content.length == 0) {
            return "";
        }
        try (var stream = TikaInputStream.get(content)) {
            return detector.detect(stream, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
