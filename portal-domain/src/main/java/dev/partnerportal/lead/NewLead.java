package dev.partnerportal.lead;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead as staff enter or import it. Region, industry, minimum tier and partner type are the distribution
 * filters: empty means any partner qualifies on that point.
 */
public record NewLead(String company, @Nullable String domain, String country, @Nullable String region,
                      @Nullable String industry, @Nullable String minimumTier, @Nullable String partnerType,
                      String contactName, String contactEmail, @Nullable String contactPhone, Set<String> products,
                      @Nullable BigDecimal estimatedValue, String currency, @Nullable String notes,
                      @Nullable UUID fundRequestId) {

    public static final int COMPANY_MAX_LENGTH = 160;
    public static final int DOMAIN_MAX_LENGTH = 120;
    public static final int REGION_MAX_LENGTH = 40;
    public static final int INDUSTRY_MAX_LENGTH = 60;
    public static final int CONTACT_NAME_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int PHONE_MAX_LENGTH = 40;
    public static final int PRODUCTS_MAX = 10;
    public static final int PRODUCTS_MAX_LENGTH = 500;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final BigDecimal VALUE_MAX = new BigDecimal("1000000000.00");

    public NewLead {
        products = Set.copyOf(products);
    }
}
