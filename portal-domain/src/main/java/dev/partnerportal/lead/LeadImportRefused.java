package dev.partnerportal.lead;

import dev.partnerportal.shared.RuleViolation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete import was asked for and some rows have problems: nothing was imported. Carries the report, so
 * that people see every problem at once and may choose to import only the valid rows.
 */
public class LeadImportRefused extends RuleViolation {

    private final transient ImportReport report;

    LeadImportRefused(ImportReport report) {
        super(LeadError.IMPORT_HAS_PROBLEMS, report.rows() - report.validRows());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    @Override
    public Map<String, Object> details() {
        var details = new LinkedHashMap<String, Object>();
        details.put("rows", report.rows());
        details.put("validRows", report.validRows());
        details.put("problems", report.problems().stream().map(p -> Map.of("line", p.line(), "field", p.field(),
                "code", p.error().code())).toList());
        return details;
    }
}
