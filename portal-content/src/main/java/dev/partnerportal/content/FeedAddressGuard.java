package dev.partnerportal.content;

import dev.partnerportal.shared.RuleViolation;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Keeps feed fetching from reaching into the portal's own network (SSRF): only http and https, and no host that
 * resolves to a loopback, private, link-local, unspecified or multicast address. Tests serve feeds on loopback
 * and switch loopback on with {@code portal.news.allow-loopback}; private networks stay refused.
 */
final class FeedAddressGuard {

    private final boolean allowLoopback;

    FeedAddressGuard(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** The address as a URI if the portal may fetch it. */
    URI check(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (Exception e) {
            throw new RuleViolation(NewsFeedError.ADDRESS_REFUSED);
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new RuleViolation(NewsFeedError.ADDRESS_REFUSED);
        }
        try {
            for (var resolved : InetAddress.getAllByName(uri.getHost())) {
                if (refused(resolved)) {
                    throw new RuleViolation(NewsFeedError.ADDRESS_REFUSED);
                }
            }
        } catch (UnknownHostException e) {
            throw new RuleViolation(NewsFeedError.ADDRESS_REFUSED);
        }
        return uri;
    }

    private boolean refused(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return !allowLoopback;
        }
        var bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isAnyLocalAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isMulticastAddress() || uniqueLocalV6 || carrierGradeNat;
    }
}
