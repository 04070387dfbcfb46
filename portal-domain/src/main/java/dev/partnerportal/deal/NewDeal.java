package dev.partnerportal.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity as a partner registers it. The limits are the form's and the API's.
 *
 * @param country  ISO 3166 two-letter code
 * @param currency ISO 4217 code of {@code estimatedValue}
 */
public record NewDeal(String customerCompany, String customerDomain, String country, Set<String> products,
                      BigDecimal estimatedValue, String currency, LocalDate expectedClose, DealStage stage,
                      @Nullable String notes) {

    public static final int COMPANY_MAX_LENGTH = 150;
    public static final int DOMAIN_MAX_LENGTH = 253;
    public static final int MAX_PRODUCTS = 10;
    public static final int PRODUCT_MAX_LENGTH = 40;
    public static final int NOTES_MAX_LENGTH = 4000;
    public static final int REASON_MAX_LENGTH = 1000;
    /** The largest amount: 13 digits before the decimal point, as the database stores it with two decimals. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
    /** The furthest expected close date, in years from today. */
    public static final int MAX_CLOSE_YEARS = 5;
}
