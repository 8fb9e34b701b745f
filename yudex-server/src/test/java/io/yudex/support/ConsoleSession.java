package io.yudex.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like console session over HTTP: cookies, CSRF token from the page, no redirects followed. */
public final class ConsoleSession {

    public record Page(int status, String location, String body) {}

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf = "";

    private ConsoleSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static ConsoleSession anonymous(int port) {
        return new ConsoleSession(port);
    }

    /** Logs in through the form; fails when the log-in is refused. */
    public static ConsoleSession login(int port, String username, String password) {
        ConsoleSession s = new ConsoleSession(port);
        Page login = s.get("/login");
        s.csrf = find(CSRF_INPUT, login.body());
        Page result = s.postForm("/login", Map.of("username", username, "password", password));
        if (result.status() != 302 || result.location().contains("error") || result.location().contains("locked")) {
            throw new IllegalStateException("console log-in of " + username + " failed: " + result);
        }
        s.csrf = find(CSRF_META, s.get("/").body());
        return s;
    }

    /** This session, sending {@code token} as the CSRF token of its form posts from now on. */
    public ConsoleSession withCsrf(String token) {
        this.csrf = token;
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Page postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        if (!csrf.isEmpty()) {
            body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(""), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
