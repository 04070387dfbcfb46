package dev.partnerportal.productaccess;

/** The id of a product access request. */
public record ProductAccessId(long value) {
}
