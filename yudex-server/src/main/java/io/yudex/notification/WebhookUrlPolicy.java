package io.yudex.notification;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs the platform will push to: http(s) only, no credentials in the URL, and — unless loopback is allowed —
 * no address of the platform's own host, link-local range (cloud metadata services live at 169.254.169.254) or
 * wildcard. Private (10/8, 192.168/16) addresses stay allowed: department systems live on the government network.
 * Checked when a webhook is registered and again before every send, since a name may resolve differently later.
 */
final class WebhookUrlPolicy {

    private final boolean allowLoopback;

    WebhookUrlPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** The reason the URL is refused, or empty when it may be used. */
    Optional<String> refusal(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return Optional.of("a URL of at most 2000 characters is required");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are pushed to");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("credentials do not belong in the URL; verify the signature header instead");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("the URL names no host");
        }
        return addressRefusal(uri.getHost());
    }

    private Optional<String> addressRefusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
                return Optional.of("the host " + host + " resolves to " + a.getHostAddress() + ", which is not pushed to");
            }
            if (a.isLoopbackAddress() && !allowLoopback) {
                return Optional.of("the host " + host + " is this platform's own machine");
            }
        }
        return Optional.empty();
    }
}
