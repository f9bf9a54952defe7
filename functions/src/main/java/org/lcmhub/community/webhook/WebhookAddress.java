package org.lcmhub.community.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether the hub may post to a webhook address. The hub makes requests on an LCM's
 * behalf, so a careless or hostile address must not reach the hub's own network (SSRF): only
 * https, only the provider's own hosts for Slack, Discord and Teams, and never a host that resolves
 * to a loopback, private, link-local, shared or multicast address. Loopback over plain http is
 * allowed only by a policy built explicitly for tests ({@link #forTestsOnLoopback}); no
 * configuration of a running hub turns it on.
 */
public final class WebhookAddress {
    /** Finds a host's addresses (the system resolver in production; a fixed table in tests). */
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;
    private final boolean loopbackForTests;

    private WebhookAddress(Resolver resolver, boolean loopbackForTests) {
        this.resolver = resolver;
        this.loopbackForTests = loopbackForTests;
    }

    public static WebhookAddress strict(Resolver resolver) {
        return new WebhookAddress(resolver, false);
    }

    public static WebhookAddress strict() {
        return strict(host -> List.of(InetAddress.getAllByName(host)));
    }

    /**
     * For the local hub's outbox, where nothing is posted: the scheme and provider rules hold and an
     * address literal is still checked, but names are not looked up (the machine may be offline).
     */
    public static WebhookAddress forOutbox() {
        return strict(host -> host.matches("[0-9.]+") || host.startsWith("[") || host.contains(":")
                ? List.of(InetAddress.getByName(host)) : List.of(InetAddress.getByAddress(host, new byte[] {8, 8, 8, 8})));
    }

    /** Also admits {@code http://127.0.0.1:<port>/…} of any kind, for a receiver inside a test. */
    public static WebhookAddress forTestsOnLoopback() {
        return new WebhookAddress(host -> List.of(InetAddress.getAllByName(host)), true);
    }

    /** Why the address is refused (a sentence for the field), or null when the hub may post to it. */
    public String problem(WebhookKind kind, String url) {
        URI uri;
        try {
            uri = url == null || url.length() > 1000 ? null : new URI(url.strip());
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null || uri.getUserInfo() != null) {
            return "Give the full webhook address the service gave you.";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (loopbackForTests && "127.0.0.1".equals(host)) {
            return null;
        }
        if (!"https".equals(scheme)) {
            return "A webhook address starts with https://";
        }
        if (!providerHost(kind, host, uri.getPath() == null ? "" : uri.getPath())) {
            return switch (kind) {
                case SLACK -> "A Slack webhook address starts with https://hooks.slack.com/services/";
                case DISCORD -> "A Discord webhook address starts with https://discord.com/api/webhooks/";
                case TEAMS -> "A Teams workflow address is on logic.azure.com, powerplatform.com or powerautomate.com.";
                case JSON -> "Give the webhook's address.";
            };
        }
        try {
            List<InetAddress> addresses = resolver.resolve(host);
            if (addresses.isEmpty() || addresses.stream().anyMatch(WebhookAddress::internal)) {
                return "This address leads inside a private network; the hub posts to public services only.";
            }
        } catch (UnknownHostException e) {
            return "No server answers to this name.";
        }
        return null;
    }

    /**
     * The provider whose hosts the address is on (Slack, Discord or Teams), or null: an address
     * refused for the kind chosen can then be named as another service's.
     */
    public static WebhookKind serviceOf(String url) {
        try {
            URI uri = url == null || url.length() > 1000 ? null : new URI(url.strip());
            if (uri == null || uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getPath() == null ? "" : uri.getPath();
            for (WebhookKind k : List.of(WebhookKind.SLACK, WebhookKind.DISCORD, WebhookKind.TEAMS)) {
                if (providerHost(k, host, path)) {
                    return k;
                }
            }
            return null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The hosts (and paths) each provider gives its incoming webhooks. */
    static boolean providerHost(WebhookKind kind, String host, String path) {
        return switch (kind) {
            case SLACK -> host.equals("hooks.slack.com") && path.startsWith("/services/");
            case DISCORD -> List.of("discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com").contains(host)
                    && path.startsWith("/api/webhooks/");
            case TEAMS -> host.endsWith(".logic.azure.com") || host.endsWith(".powerplatform.com")
                    || host.equals("api.powerautomate.com") || host.equals("flow.microsoft.com");
            case JSON -> !host.equals("localhost") && !host.endsWith(".localhost") && !host.endsWith(".internal");
        };
    }

    /** Loopback, unspecified, private, link-local, shared (CGNAT), unique-local or multicast. */
    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 // shared address space
                    || first == 169 && second == 254 || first == 198 && (second == 18 || second == 19)
                    || first >= 240;
        }
        if (a instanceof Inet6Address) {
            boolean mapped = b[0] == 0 && b[1] == 0 && b[10] == (byte) 0xff && b[11] == (byte) 0xff
                    && java.util.stream.IntStream.range(2, 10).allMatch(i -> b[i] == 0);
            if (mapped) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        return true;
    }
}
