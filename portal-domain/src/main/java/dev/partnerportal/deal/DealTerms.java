package dev.partnerportal.deal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The program's deal registration terms, from configuration: how long approval protects a deal, how many days
 * before its end the partner is reminded, and how long a granted extension adds.
 */
@Component
class DealTerms {

    private final int protectionDays;
    private final int reminderDays;
    private final int extensionDays;

    DealTerms(@Value("${portal.deals.protection-days:90}") int protectionDays,
              @Value("${portal.deals.reminder-days:14}") int reminderDays,
              @Value("${portal.deals.extension-days:30}") int extensionDays) {
        if (protectionDays < 1 || reminderDays < 0 || extensionDays < 1) {
            throw new IllegalArgumentException("portal.deals: protection and extension days >= 1, reminder days >= 0");
        }
        this.protectionDays = protectionDays;
        this.reminderDays = reminderDays;
        this.extensionDays = extensionDays;
    }

    int protectionDays() {
        return protectionDays;
    }

    int reminderDays() {
        return reminderDays;
    }

    int extensionDays() {
        return extensionDays;
    }
}
