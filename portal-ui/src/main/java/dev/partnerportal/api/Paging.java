package dev.partnerportal.api;

import dev.partnerportal.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The one check of {@code page} and {@code size} query values on every paged list: refused with 400 unless
 * the page starts within {@link #MAX_OFFSET}, so no page number can overflow an offset into a 500.
 */
final class Paging {

    static final int MAX_PAGE_SIZE = 100;
    /** The deepest offset a page may start at; far beyond any real list, well inside an int. */
    static final int MAX_OFFSET = 1_000_000;

    private Paging() {
    }

    static PageRequest of(int page, int size, Sort sort) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolation(ApiError.PAGE_OUT_OF_RANGE, MAX_PAGE_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new RuleViolation(ApiError.OFFSET_TOO_DEEP, MAX_OFFSET);
        }
        return PageRequest.of(page, size, sort);
    }
}
