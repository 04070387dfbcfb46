/**
 * Product access for partners: a partner requests a demo environment or a not-for-resale licence (product,
 * purpose, people), staff approve it with an expiry or reject it with a reason, and the requester is reminded
 * by mail once before it ends. The root package is the feature's API.
 */
@NullMarked
package dev.partnerportal.productaccess;

import org.jspecify.annotations.NullMarked;
