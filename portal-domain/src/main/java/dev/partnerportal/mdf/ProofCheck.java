package dev.partnerportal.mdf;

import dev.partnerportal.shared.RuleViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * Decides a proof file's type from its bytes alone, as content attachments do: the detector gets empty
 * metadata (no name, no claimed type), so a renamed file cannot pass as an invoice.
 */
@Component
class ProofCheck {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/png", "image/jpeg");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The accepted type of {@code file}, or a refusal when it is empty, too large or of another type. */
    String accept(ProofFile file) {
        if (file.content().length > ProofFile.MAX_BYTES) {
            throw new RuleViolation(MdfError.PROOF_TOO_LARGE, ProofFile.MAX_BYTES / (1024 * 1024));
        }
        if (file.content().length == 0) {
            throw new RuleViolation(MdfError.PROOF_TYPE_REFUSED);
        }
        String type;
        try (var stream = TikaInputStream.get(file.content())) {
            type = detector.detect(stream, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ACCEPTED.contains(type)) {
            throw new RuleViolation(MdfError.PROOF_TYPE_REFUSED);
        }
        return type;
    }

    static String fileName(String name) {
        var base = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        base = base.isEmpty() ? "proof" : base;
        return base.length() > ProofFile.FILE_NAME_MAX_LENGTH ? base.substring(0, ProofFile.FILE_NAME_MAX_LENGTH) : base;
    }
}
