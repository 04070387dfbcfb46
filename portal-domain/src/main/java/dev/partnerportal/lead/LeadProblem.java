package dev.partnerportal.lead;

import dev.partnerportal.shared.ErrorCode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with one lead: the CSV line it is on (0 for a lead entered in a form), the field, and the
 * error with the arguments of its message.
 */
public record LeadProblem(int line, String field, ErrorCode error, List<@Nullable Object> arguments) {
}
