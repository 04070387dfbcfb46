package dev.partnerportal.certification;

import dev.partnerportal.shared.CsvTable;
import java.io.StringWriter;
import java.util.List;

/** The staff export of awards. Every cell goes through {@link CsvTable#neutralize}, names included. */
final class CertificationCsv {

    static final List<String> HEADER = List.of("Holder", "Email", "Organization", "Certification", "Level",
            "Issued", "Expires", "Status", "Verification code");

    private CertificationCsv() {
    }

    static String write(List<HeldCertification> rows) {
        var out = new StringWriter();
        try (var table = CsvTable.start(out, HEADER)) {
            for (var row : rows) {
                table.row(List.of(row.holderName(), row.holderEmail(), row.organizationName(),
                        row.certification().name(), row.certification().level().name(), row.issuedOn().toString(),
                        row.expiresOn().toString(), row.status().name(), row.verificationCode()));
            }
        }
        return out.toString();
    }
}
