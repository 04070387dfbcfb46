package dev.partnerportal.certification;

import dev.partnerportal.survey.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** The staff export of awards. Every cell goes through {@link CsvCells#neutralize}, names included. */
final class CertificationCsv {

    static final List<String> HEADER = List.of("Holder", "Email", "Organization", "Certification", "Level",
            "Issued", "Expires", "Status", "Verification code");

    private CertificationCsv() {
    }

    static String write(List<HeldCertification> rows) {
        var out = new StringWriter();
        try (var printer = CSVFormat.RFC4180.builder().get().print(out)) {
            printer.printRecord(HEADER);
            for (var row : rows) {
                printer.printRecord(List.of(row.holderName(), row.holderEmail(), row.organizationName(),
                                row.certification().name(), row.certification().level().name(), row.issuedOn().toString(),
                                row.expiresOn().toString(), row.status().name(), row.verificationCode())
                        .stream().map(CsvCells::neutralize).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
