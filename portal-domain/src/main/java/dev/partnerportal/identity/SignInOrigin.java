package dev.partnerportal.identity;

import org.jspecify.annotations.Nullable;

/**
 * Where a sign-in comes from, as the web layer attaches it to the attempt ({@code Authentication#getDetails()}).
 * The address is the client's as the servlet container reports it, which honours
 * {@code server.forward-headers-strategy} behind a proxy.
 */
public interface SignInOrigin {

    @Nullable String clientAddress();
}
