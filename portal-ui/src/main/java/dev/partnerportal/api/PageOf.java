package dev.partnerportal.api;

import java.util.List;
import org.springframework.data.domain.Page;

/** A stable JSON shape for one page of results. */
record PageOf<T>(List<T> items, int page, int size, long total) {

    static <T> PageOf<T> of(Page<T> page) {
        return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
