package dev.partnerportal.lead;

import java.util.List;

/**
 * What an import found and did: the data rows read, the rows without problems, each problem by line, and
 * how many leads were imported (0 when any row had a problem and only a complete import was asked for).
 */
public record ImportReport(int rows, int validRows, List<LeadProblem> problems, int imported) {

    public boolean clean() {
        return problems.isEmpty();
    }
}
