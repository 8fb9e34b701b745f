package io.yudex.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A public user's browser-like session on the portal over HTTP: cookies, the CSRF token of the last page, no redirects followed. */
final class PortalSession {

    record Page(int status, String location, String contentType, String body) {}

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf = "";

    private PortalSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static PortalSession visitor(int port) {
        PortalSession s = new PortalSession(port);
        s.get("/open/login");
        return s;
    }

    /** Registers through the form; returns the page the form answered with. */
    static Page register(int port, String username, String email, String password) {
        PortalSession s = visitor(port);
        return s.post("/open/register", Map.of("username", username, "email", email, "password", password, "confirm", password));
    }

    /** Logs in through the portal form; fails when the log-in is refused. */
    static PortalSession login(int port, String username, String password) {
        PortalSession s = visitor(port);
        Page result = s.tryLogin(username, password);
        if (result.status() != 302 || !result.location().endsWith("/open/account")) {
            throw new IllegalStateException("portal log-in of " + username + " failed: " + result);
        }
        s.get("/open/account");
        return s;
    }

    Page tryLogin(String username, String password) {
        return post("/open/login", Map.of("username", username, "password", password));
    }

    Page get(String path) {
        Page p = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = CSRF_INPUT.matcher(p.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return p;
    }

    Page post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (!csrf.isEmpty()) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON API call carrying this session's cookies (and no bearer token). */
    Page api(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private Page send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(""), r.headers().firstValue("Content-Type").orElse(""),
                    r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
