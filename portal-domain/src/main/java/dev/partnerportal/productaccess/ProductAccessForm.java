package dev.partnerportal.productaccess;

/**
 * What a partner fills in: the kind of access, the product, what it is for and who will use it (names or
 * addresses, one per line). The limits are shared with the form and the database columns.
 */
public record ProductAccessForm(ProductAccessKind kind, String product, String purpose, String people) {

    public static final int PRODUCT_MAX_LENGTH = 120;
    public static final int PURPOSE_MAX_LENGTH = 2000;
    public static final int PEOPLE_MAX_LENGTH = 1000;
}
