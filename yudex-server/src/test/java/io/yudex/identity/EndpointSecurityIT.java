package io.yudex.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.ConsoleSession;
import io.yudex.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint of the application with every role (and anonymously) and checks the outcome
 * against the table below. A new endpoint without a row fails the test, so nobody adds one unchecked.
 */
class EndpointSecurityIT extends IntegrationTest {

    /** PUBLIC: a member of the public signed in on the portal (no bearer token; its session cookie is sent everywhere). */
    enum Who { ANONYMOUS, PLATFORM_ADMIN, DEPT_ADMIN, DEPT_USER, AUDITOR, PUBLIC }

    private static final Set<Who> ALL = EnumSet.allOf(Who.class);
    private static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(Who.PLATFORM_ADMIN, Who.DEPT_ADMIN, Who.DEPT_USER, Who.AUDITOR);
    private static final Set<Who> PUBLIC = EnumSet.of(Who.PUBLIC);
    /** Open to everyone, but a form post needs the CSRF token of a page, which the bare anonymous session never fetched. */
    private static final Set<Who> WITH_CSRF = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> ADMIN = EnumSet.of(Who.PLATFORM_ADMIN);
    private static final Set<Who> PUBLISHERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.DEPT_ADMIN);
    private static final Set<Who> DATA_READERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.DEPT_ADMIN, Who.AUDITOR);
    private static final Set<Who> AUDIT = EnumSet.of(Who.PLATFORM_ADMIN, Who.AUDITOR);
    private static final Set<Who> CONSUMERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.DEPT_ADMIN, Who.DEPT_USER);

    /** Who may pass authorization, per endpoint. */
    private static final Map<String, Set<Who>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("POST /api/v1/auth/token", ALL);
        EXPECTED.put("GET /api/v1/me", SIGNED_IN);
        EXPECTED.put("POST /api/v1/me/password", SIGNED_IN);
        EXPECTED.put("GET /api/v1/regions", ALL);
        EXPECTED.put("GET /api/v1/departments", SIGNED_IN);
        EXPECTED.put("POST /api/v1/admin/departments", ADMIN);
        EXPECTED.put("PUT /api/v1/admin/departments/{id}", ADMIN);
        EXPECTED.put("GET /api/v1/admin/users", ADMIN);
        EXPECTED.put("POST /api/v1/admin/users", ADMIN);
        EXPECTED.put("PUT /api/v1/admin/users/{username}", ADMIN);
        EXPECTED.put("POST /api/v1/admin/users/{username}/unlock", ADMIN);
        EXPECTED.put("GET /api/v1/admin/clients", ADMIN);
        EXPECTED.put("POST /api/v1/admin/clients", ADMIN);
        EXPECTED.put("POST /api/v1/admin/clients/{clientId}/disable", ADMIN);
        EXPECTED.put("GET /api/v1/clients", DATA_READERS);
        EXPECTED.put("POST /api/v1/clients", PUBLISHERS);
        EXPECTED.put("POST /api/v1/clients/{clientId}/secret", PUBLISHERS);
        EXPECTED.put("PUT /api/v1/clients/{clientId}/enabled", PUBLISHERS);
        EXPECTED.put("POST /api/v1/admin/clients/{clientId}/enable", ADMIN);
        EXPECTED.put("GET /api/v1/catalog/resources", ALL);
        EXPECTED.put("POST /api/v1/catalog/resources", PUBLISHERS);
        EXPECTED.put("GET /api/v1/catalog/resources/{code}", ALL);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}", ALL);
        EXPECTED.put("PUT /api/v1/catalog/resources/{classification}/{sequence}", PUBLISHERS);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}/history", SIGNED_IN);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}/history/{version}", SIGNED_IN);
        EXPECTED.put("POST /api/v1/catalog/resources/{classification}/{sequence}/submit", PUBLISHERS);
        EXPECTED.put("POST /api/v1/catalog/resources/{classification}/{sequence}/publish", ADMIN);
        EXPECTED.put("POST /api/v1/catalog/resources/{classification}/{sequence}/return", ADMIN);
        EXPECTED.put("POST /api/v1/catalog/resources/{classification}/{sequence}/deprecate", PUBLISHERS);
        EXPECTED.put("POST /api/v1/catalog/resources/{classification}/{sequence}/batches", PUBLISHERS);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}/batches", DATA_READERS);
        EXPECTED.put("POST /api/v1/catalog/resources/{classification}/{sequence}/rows", PUBLISHERS);
        EXPECTED.put("POST /api/v1/catalog/resources/{classification}/{sequence}/rollback", PUBLISHERS);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}/data", DATA_READERS);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}/changes", DATA_READERS);
        EXPECTED.put("GET /api/v1/batches/{id}", DATA_READERS);
        EXPECTED.put("POST /api/v1/batches/{id}/cancel", PUBLISHERS);
        EXPECTED.put("POST /api/v1/batches/{id}/rerun", PUBLISHERS);
        EXPECTED.put("POST /catalog/data/rerun", PUBLISHERS);
        EXPECTED.put("POST /catalog/data/sensitivity", PUBLISHERS);
        EXPECTED.put("PUT /api/v1/catalog/resources/{classification}/{sequence}/items/{item}/sensitivity", PUBLISHERS);
        EXPECTED.put("GET /api/v1/batches/{id}/profile", DATA_READERS);
        EXPECTED.put("GET /api/v1/batches/{id}/rejects", DATA_READERS);
        EXPECTED.put("POST /api/v1/governance/validate", SIGNED_IN);
        EXPECTED.put("GET /api/v1/audit/entries", AUDIT);
        EXPECTED.put("GET /api/v1/audit/checkpoints/latest", AUDIT);
        EXPECTED.put("GET /api/v1/audit/entries/{index}/proof", AUDIT);
        EXPECTED.put("GET /api/v1/audit/verify", AUDIT);
        EXPECTED.put("GET /api/v1/audit/public-key", SIGNED_IN);
        EXPECTED.put("GET /api/v1/audit/search", AUDIT);
        EXPECTED.put("GET /api/v1/audit/search.csv", AUDIT);
        EXPECTED.put("GET /api/v1/audit/checkpoints", AUDIT);
        EXPECTED.put("GET /api/v1/audit/entries/{index}/receipt", AUDIT);
        EXPECTED.put("GET /api/v1/audit/consistency", AUDIT);
        EXPECTED.put("GET /api/v1/audit/export", AUDIT);
        EXPECTED.put("GET /api/v1/audit/flags", AUDIT);
        EXPECTED.put("GET /api/v1/audit/usage", AUDIT);
        EXPECTED.put("GET /api/v1/audit/archives", AUDIT);
        EXPECTED.put("POST /api/v1/audit/archives", ADMIN);
        EXPECTED.put("GET /api/v1/data/{classification}/{sequence}", SIGNED_IN);
        EXPECTED.put("GET /api/v1/data/{classification}/{sequence}/changes", SIGNED_IN);
        EXPECTED.put("GET /api/v1/data/{classification}/{sequence}/export", SIGNED_IN);
        EXPECTED.put("POST /api/v1/sharing/applications", CONSUMERS);
        EXPECTED.put("POST /api/v1/sharing/disputes", CONSUMERS);
        EXPECTED.put("GET /api/v1/sharing/applications", SIGNED_IN);
        EXPECTED.put("GET /api/v1/sharing/applications/{id}", SIGNED_IN);
        EXPECTED.put("GET /api/v1/sharing/applications/{id}/history", SIGNED_IN);
        EXPECTED.put("POST /api/v1/sharing/applications/{id}/decision", PUBLISHERS);
        EXPECTED.put("POST /api/v1/sharing/applications/{id}/withdraw", CONSUMERS);
        EXPECTED.put("GET /api/v1/sharing/grants", SIGNED_IN);
        EXPECTED.put("GET /api/v1/sharing/grants/{id}", SIGNED_IN);
        EXPECTED.put("POST /api/v1/sharing/grants/{id}/revoke", PUBLISHERS);
        EXPECTED.put("GET /api/v1/sharing/return-flows", SIGNED_IN);
        EXPECTED.put("GET /api/v1/sharing/return-flows/{classification}/{sequence}", SIGNED_IN);
        EXPECTED.put("PUT /api/v1/sharing/return-flows/{classification}/{sequence}", PUBLISHERS);
        EXPECTED.put("DELETE /api/v1/sharing/return-flows/{classification}/{sequence}", PUBLISHERS);
        EXPECTED.put("GET /api/v1/notifications", SIGNED_IN);
        EXPECTED.put("POST /api/v1/notifications/read", SIGNED_IN);
        EXPECTED.put("GET /api/v1/webhooks", DATA_READERS);
        EXPECTED.put("POST /api/v1/webhooks", PUBLISHERS);
        EXPECTED.put("GET /api/v1/webhooks/{id}", DATA_READERS);
        EXPECTED.put("DELETE /api/v1/webhooks/{id}", PUBLISHERS);
        EXPECTED.put("POST /api/v1/webhooks/{id}/secret", PUBLISHERS);
        EXPECTED.put("POST /api/v1/webhooks/{id}/ping", PUBLISHERS);
        EXPECTED.put("GET /api/v1/webhooks/{id}/deliveries", DATA_READERS);
        EXPECTED.put("POST /api/v1/webhooks/deliveries/{id}/replay", PUBLISHERS);
        EXPECTED.put("GET /api/v1/admin/calendar/{year}", ADMIN);
        EXPECTED.put("PUT /api/v1/admin/calendar/days/{day}", ADMIN);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}/rules", DATA_READERS);
        EXPECTED.put("PUT /api/v1/catalog/resources/{classification}/{sequence}/rules", PUBLISHERS);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}/rules/history", DATA_READERS);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}/rules/suggestions", DATA_READERS);
        EXPECTED.put("POST /api/v1/catalog/resources/{classification}/{sequence}/rules/run", PUBLISHERS);
        EXPECTED.put("GET /api/v1/catalog/resources/{classification}/{sequence}/rules/runs", DATA_READERS);
        EXPECTED.put("GET /api/v1/governance/runs/{id}", DATA_READERS);
        EXPECTED.put("GET /api/v1/governance/runs/{id}/findings", DATA_READERS);
        EXPECTED.put("GET /api/v1/governance/quality", DATA_READERS);
        EXPECTED.put("GET /api/v1/governance/quality/departments", DATA_READERS);
        EXPECTED.put("POST /api/v1/governance/comparisons", ADMIN);
        EXPECTED.put("GET /api/v1/governance/comparisons", DATA_READERS);
        EXPECTED.put("GET /api/v1/governance/comparisons/{id}", DATA_READERS);
        EXPECTED.put("POST /api/v1/governance/comparisons/{id}/runs", ADMIN);
        EXPECTED.put("GET /api/v1/governance/comparisons/{id}/runs", DATA_READERS);
        EXPECTED.put("GET /api/v1/governance/comparison-runs/{id}", DATA_READERS);
        EXPECTED.put("GET /api/v1/governance/comparison-runs/{id}/rows", DATA_READERS);
        EXPECTED.put("GET /api/v1/governance/comparison-runs/{id}/download", DATA_READERS);
        EXPECTED.put("POST /api/v1/governance/comparison-runs/{id}/tickets", ADMIN);
        EXPECTED.put("POST /api/v1/governance/tickets", EnumSet.of(Who.DEPT_ADMIN, Who.DEPT_USER));
        EXPECTED.put("GET /api/v1/governance/tickets", SIGNED_IN);
        EXPECTED.put("GET /api/v1/governance/tickets/{id}", SIGNED_IN);
        EXPECTED.put("POST /api/v1/governance/tickets/{id}/answer", EnumSet.of(Who.DEPT_ADMIN));
        EXPECTED.put("POST /api/v1/governance/tickets/{id}/close", ADMIN);
        EXPECTED.put("POST /api/v1/governance/tickets/{id}/reassign", ADMIN);
        EXPECTED.put("GET /api/v1/governance/fused/{library}/sources", AUDIT);
        EXPECTED.put("PUT /api/v1/governance/fused/{library}/sources", ADMIN);
        EXPECTED.put("GET /api/v1/governance/fused/{library}/records/{key}", AUDIT);
        EXPECTED.put("GET /api/v1/connections", DATA_READERS);
        EXPECTED.put("POST /api/v1/connections", PUBLISHERS);
        EXPECTED.put("GET /api/v1/connections/{id}", DATA_READERS);
        EXPECTED.put("PUT /api/v1/connections/{id}", PUBLISHERS);
        EXPECTED.put("DELETE /api/v1/connections/{id}", PUBLISHERS);
        EXPECTED.put("POST /api/v1/connections/{id}/test", PUBLISHERS);
        EXPECTED.put("GET /api/v1/pulls", DATA_READERS);
        EXPECTED.put("POST /api/v1/pulls", PUBLISHERS);
        EXPECTED.put("GET /api/v1/pulls/{id}", DATA_READERS);
        EXPECTED.put("PUT /api/v1/pulls/{id}", PUBLISHERS);
        EXPECTED.put("DELETE /api/v1/pulls/{id}", PUBLISHERS);
        EXPECTED.put("POST /api/v1/pulls/{id}/run", PUBLISHERS);
        EXPECTED.put("GET /api/v1/catalog/share-list", SIGNED_IN);
        EXPECTED.put("GET /api/v1/catalog/open-list", ALL);
        EXPECTED.put("GET /api/v1/catalog/stats", SIGNED_IN);
        EXPECTED.put("GET /api/v1/catalog/census/template", PUBLISHERS);
        EXPECTED.put("POST /api/v1/catalog/census", PUBLISHERS);
        EXPECTED.put("GET /login", ALL);
        EXPECTED.put("GET /", SIGNED_IN);
        EXPECTED.put("GET /catalog", SIGNED_IN);
        EXPECTED.put("GET /catalog/resource", SIGNED_IN);
        EXPECTED.put("GET /catalog/review", ADMIN);
        EXPECTED.put("GET /catalog/mine", EnumSet.of(Who.DEPT_ADMIN));
        EXPECTED.put("GET /catalog/new", PUBLISHERS);
        EXPECTED.put("POST /catalog/new", PUBLISHERS);
        EXPECTED.put("GET /catalog/edit", PUBLISHERS);
        EXPECTED.put("POST /catalog/edit", PUBLISHERS);
        EXPECTED.put("POST /catalog/resource/submit", PUBLISHERS);
        EXPECTED.put("POST /catalog/resource/publish", ADMIN);
        EXPECTED.put("POST /catalog/resource/return", ADMIN);
        EXPECTED.put("POST /catalog/resource/deprecate", PUBLISHERS);
        EXPECTED.put("GET /catalog/data", DATA_READERS);
        EXPECTED.put("GET /catalog/data/batches", DATA_READERS);
        EXPECTED.put("GET /catalog/data/mapping", PUBLISHERS);
        EXPECTED.put("POST /catalog/data/start", PUBLISHERS);
        EXPECTED.put("GET /catalog/data/pulls", DATA_READERS);
        EXPECTED.put("POST /catalog/data/pulls", PUBLISHERS);
        EXPECTED.put("POST /catalog/data/pulls/run", PUBLISHERS);
        EXPECTED.put("POST /catalog/data/pulls/delete", PUBLISHERS);
        EXPECTED.put("GET /sharing/apply", CONSUMERS);
        EXPECTED.put("POST /sharing/apply", CONSUMERS);
        EXPECTED.put("GET /sharing/applications", SIGNED_IN);
        EXPECTED.put("GET /sharing/application", SIGNED_IN);
        EXPECTED.put("POST /sharing/application/decision", PUBLISHERS);
        EXPECTED.put("GET /sharing/grants", SIGNED_IN);
        EXPECTED.put("POST /sharing/grants/revoke", PUBLISHERS);
        EXPECTED.put("GET /sharing/return-flows", SIGNED_IN);
        EXPECTED.put("POST /sharing/return-flows/mark", PUBLISHERS);
        EXPECTED.put("POST /sharing/return-flows/end", PUBLISHERS);
        EXPECTED.put("GET /catalog/data/quality", DATA_READERS);
        EXPECTED.put("GET /catalog/data/findings.csv", DATA_READERS);
        EXPECTED.put("GET /catalog/rules", DATA_READERS);
        EXPECTED.put("POST /catalog/rules", PUBLISHERS);
        EXPECTED.put("POST /catalog/rules/run", PUBLISHERS);
        EXPECTED.put("GET /governance/quality", DATA_READERS);
        EXPECTED.put("GET /governance/comparisons", DATA_READERS);
        EXPECTED.put("GET /governance/comparison", DATA_READERS);
        EXPECTED.put("POST /governance/comparison/run", ADMIN);
        EXPECTED.put("POST /governance/comparison/tickets", ADMIN);
        EXPECTED.put("GET /governance/tickets", DATA_READERS);
        EXPECTED.put("GET /governance/ticket", DATA_READERS);
        EXPECTED.put("POST /governance/ticket/answer", EnumSet.of(Who.DEPT_ADMIN));
        EXPECTED.put("POST /governance/ticket/close", ADMIN);
        EXPECTED.put("POST /governance/ticket/reassign", ADMIN);
        EXPECTED.put("GET /ingest/connections", DATA_READERS);
        EXPECTED.put("POST /ingest/connections", PUBLISHERS);
        EXPECTED.put("POST /ingest/connections/test", PUBLISHERS);
        EXPECTED.put("POST /ingest/connections/delete", PUBLISHERS);
        EXPECTED.put("POST /catalog/data/upload", PUBLISHERS);
        EXPECTED.put("POST /catalog/data/cancel", PUBLISHERS);
        EXPECTED.put("POST /catalog/data/rollback", PUBLISHERS);
        EXPECTED.put("GET /catalog/data/profile", DATA_READERS);
        EXPECTED.put("GET /catalog/data/rejects", DATA_READERS);
        EXPECTED.put("GET /catalog/census", PUBLISHERS);
        EXPECTED.put("GET /catalog/census/template", PUBLISHERS);
        EXPECTED.put("POST /catalog/census", PUBLISHERS);
        EXPECTED.put("GET /lists/share", SIGNED_IN);
        EXPECTED.put("GET /lists/open", SIGNED_IN);
        EXPECTED.put("GET /lists/share.xlsx", SIGNED_IN);
        EXPECTED.put("GET /lists/share.csv", SIGNED_IN);
        EXPECTED.put("GET /lists/open.xlsx", SIGNED_IN);
        EXPECTED.put("GET /lists/open.csv", SIGNED_IN);
        EXPECTED.put("GET /admin/departments", ADMIN);
        EXPECTED.put("POST /admin/departments", ADMIN);
        EXPECTED.put("GET /admin/users", ADMIN);
        EXPECTED.put("POST /admin/users", ADMIN);
        EXPECTED.put("POST /admin/users/unlock", ADMIN);
        EXPECTED.put("POST /admin/users/enabled", ADMIN);
        EXPECTED.put("GET /admin/clients", ADMIN);
        EXPECTED.put("POST /admin/clients", ADMIN);
        EXPECTED.put("POST /admin/clients/disable", ADMIN);
        EXPECTED.put("GET /clients", DATA_READERS);
        EXPECTED.put("POST /clients", PUBLISHERS);
        EXPECTED.put("POST /clients/secret", PUBLISHERS);
        EXPECTED.put("POST /clients/enabled", PUBLISHERS);
        EXPECTED.put("GET /notifications", SIGNED_IN);
        EXPECTED.put("GET /notifications/badge", SIGNED_IN);
        EXPECTED.put("POST /notifications/read", SIGNED_IN);
        EXPECTED.put("GET /webhooks", DATA_READERS);
        EXPECTED.put("POST /webhooks", PUBLISHERS);
        EXPECTED.put("POST /webhooks/secret", PUBLISHERS);
        EXPECTED.put("POST /webhooks/ping", PUBLISHERS);
        EXPECTED.put("POST /webhooks/remove", PUBLISHERS);
        EXPECTED.put("POST /webhooks/replay", PUBLISHERS);
        EXPECTED.put("GET /audit", AUDIT);
        EXPECTED.put("GET /audit/entries.csv", AUDIT);
        EXPECTED.put("GET /audit/export", AUDIT);
        EXPECTED.put("GET /audit/verify", AUDIT);
        // open data portal: releases (data admins), CKAN Action API, DCAT-AP, public pages
        EXPECTED.put("POST /api/v1/opendata/releases/check", PUBLISHERS);
        EXPECTED.put("POST /api/v1/opendata/releases", PUBLISHERS);
        EXPECTED.put("GET /api/v1/opendata/releases", DATA_READERS);
        EXPECTED.put("GET /opendata/releases", DATA_READERS);
        EXPECTED.put("POST /api/v1/opendata/keys", ADMIN);
        EXPECTED.put("GET /api/v1/opendata/keys", ADMIN);
        // the open API wants an app key (X-App-Key), which no role's bearer token replaces
        EXPECTED.put("GET /api/open/v1/datasets", NOBODY);
        EXPECTED.put("GET /api/open/v1/datasets/{classification}/{sequence}", NOBODY);
        EXPECTED.put("GET /api/open/v1/datasets/{classification}/{sequence}/rows", NOBODY);
        EXPECTED.put("GET /api/3/action/status_show", ALL);
        EXPECTED.put("POST /api/3/action/status_show", ALL);
        EXPECTED.put("GET /api/3/action/package_list", ALL);
        EXPECTED.put("POST /api/3/action/package_list", ALL);
        EXPECTED.put("GET /api/3/action/package_show", ALL);
        EXPECTED.put("POST /api/3/action/package_show", ALL);
        EXPECTED.put("GET /api/3/action/package_search", ALL);
        EXPECTED.put("POST /api/3/action/package_search", ALL);
        EXPECTED.put("GET /api/3/action/organization_list", ALL);
        EXPECTED.put("POST /api/3/action/organization_list", ALL);
        EXPECTED.put("GET /api/3/action/organization_show", ALL);
        EXPECTED.put("POST /api/3/action/organization_show", ALL);
        EXPECTED.put("GET /api/3/action/group_list", ALL);
        EXPECTED.put("POST /api/3/action/group_list", ALL);
        EXPECTED.put("GET /api/3/action/tag_list", ALL);
        EXPECTED.put("POST /api/3/action/tag_list", ALL);
        EXPECTED.put("GET /dcat/catalog", ALL);
        EXPECTED.put("GET /dcat/catalog.{ext}", ALL);
        EXPECTED.put("GET /dcat/datasets/{name}", ALL);
        EXPECTED.put("GET /open", ALL);
        EXPECTED.put("GET /open/datasets", ALL);
        EXPECTED.put("GET /open/datasets/{classification}/{sequence}", ALL);
        EXPECTED.put("GET /open/datasets/{classification}/{sequence}/download.{format}", ALL);
        EXPECTED.put("GET /open/departments/{code}", ALL);
        EXPECTED.put("GET /sitemap.xml", ALL);
        // public accounts (portalacc): the portal's own log-in; PUBLIC reaches its account pages and nothing of the console
        EXPECTED.put("GET /open/register", ALL);
        EXPECTED.put("POST /open/register", WITH_CSRF);
        EXPECTED.put("GET /open/login", ALL);
        EXPECTED.put("GET /open/account", PUBLIC);
        EXPECTED.put("POST /open/account/keys", PUBLIC);
        EXPECTED.put("POST /open/account/keys/{id}/rotate", PUBLIC);
        EXPECTED.put("POST /open/account/keys/{id}/revoke", PUBLIC);
        EXPECTED.put("GET /open/account/apply/{classification}/{sequence}", PUBLIC);
        EXPECTED.put("POST /open/account/apply/{classification}/{sequence}", PUBLIC);
        EXPECTED.put("GET /open/account/datasets/{classification}/{sequence}/download.{format}", PUBLIC);
        EXPECTED.put("GET /api/v1/opendata/applications", DATA_READERS);
        EXPECTED.put("GET /api/v1/opendata/applications/{id}", DATA_READERS);
        EXPECTED.put("POST /api/v1/opendata/applications/{id}/approve", PUBLISHERS);
        EXPECTED.put("POST /api/v1/opendata/applications/{id}/reject", PUBLISHERS);
        EXPECTED.put("GET /opendata/applications", DATA_READERS);
        EXPECTED.put("GET /opendata/applications/{id}", DATA_READERS);
        EXPECTED.put("POST /opendata/applications/{id}/approve", PUBLISHERS);
        EXPECTED.put("POST /opendata/applications/{id}/reject", PUBLISHERS);
        EXPECTED.put("GET /opendata/releases/new", PUBLISHERS);
        EXPECTED.put("POST /opendata/releases/new", PUBLISHERS);
        // portal community and statistics (portalweb): the public reads, signed-in people write, departments answer their own
        EXPECTED.put("GET /api/v1/portal/datasets/{classification}/{sequence}/ratings", ALL);
        EXPECTED.put("POST /api/v1/portal/datasets/{classification}/{sequence}/ratings", SIGNED_IN);
        EXPECTED.put("POST /api/v1/portal/ratings/{id}/reply", PUBLISHERS);
        EXPECTED.put("GET /api/v1/portal/showcase", ALL);
        EXPECTED.put("POST /api/v1/portal/showcase", SIGNED_IN);
        EXPECTED.put("GET /api/v1/portal/showcase/pending", ADMIN);
        EXPECTED.put("POST /api/v1/portal/showcase/{id}/review", ADMIN);
        EXPECTED.put("GET /api/v1/portal/requests", ALL);
        EXPECTED.put("POST /api/v1/portal/requests", SIGNED_IN);
        EXPECTED.put("POST /api/v1/portal/requests/{id}/answer", PUBLISHERS);
        EXPECTED.put("POST /api/v1/portal/requests/{id}/route", ADMIN);
        EXPECTED.put("GET /api/v1/portal/rankings", ALL);
        EXPECTED.put("GET /api/v1/portal/statistics", SIGNED_IN);
        EXPECTED.put("POST /open/datasets/{classification}/{sequence}/rating", PUBLIC);
        EXPECTED.put("GET /open/showcase", ALL);
        EXPECTED.put("POST /open/showcase", PUBLIC);
        EXPECTED.put("GET /open/requests", ALL);
        EXPECTED.put("POST /open/requests", PUBLIC);
        EXPECTED.put("GET /open/rankings", ALL);
        EXPECTED.put("GET /open/statistics", ALL);
        EXPECTED.put("GET /opendata/statistics", DATA_READERS);
        EXPECTED.put("GET /opendata/showcase", ADMIN);
        EXPECTED.put("POST /opendata/showcase/{id}/review", ADMIN);
        EXPECTED.put("GET /opendata/community", PUBLISHERS);
        EXPECTED.put("POST /opendata/requests/{id}/answer", PUBLISHERS);
        EXPECTED.put("POST /opendata/requests/{id}/route", ADMIN);
        EXPECTED.put("POST /opendata/ratings/{id}/reply", PUBLISHERS);
    }

    private static final Map<Who, String> USERS = Map.of(
            Who.PLATFORM_ADMIN, "admin", Who.DEPT_ADMIN, "gat_admin", Who.DEPT_USER, "gat_user", Who.AUDITOR, "auditor");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasAnExpectation() {
        assertThat(endpoints()).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
    }

    @Test
    void everyEndpointAllowsExactlyTheExpectedRoles() {
        Map<Who, String> tokens = new LinkedHashMap<>();
        Map<Who, ConsoleSession> sessions = new LinkedHashMap<>();
        sessions.put(Who.ANONYMOUS, ConsoleSession.anonymous(port));
        USERS.forEach((who, user) -> {
            tokens.put(who, token(user));
            sessions.put(who, ConsoleSession.login(port, user, PASSWORD));
        });
        sessions.put(Who.PUBLIC, publicSession());
        List<String> wrong = new ArrayList<>();
        for (var e : EXPECTED.entrySet()) {
            String method = e.getKey().substring(0, e.getKey().indexOf(' '));
            String path = sample(e.getKey().substring(e.getKey().indexOf(' ') + 1));
            for (Who who : Who.values()) {
                boolean api = path.startsWith("/api/");
                int status;
                String location = "";
                if (api) {
                    // a public user has no bearer token (PublicAccountsIT checks that its session cookie opens no API)
                    status = api().send(method, path, tokens.get(who), "{}").status();
                } else {
                    ConsoleSession.Page page = method.equals("GET") ? sessions.get(who).get(path) : sessions.get(who).postForm(path, Map.of());
                    status = page.status();
                    location = page.location();
                }
                boolean denied = status == 401 || status == 403 || location.contains("/login");
                boolean shouldPass = e.getValue().contains(who);
                if (denied == shouldPass || status >= 500) {
                    wrong.add(e.getKey() + " as " + who + " -> " + status + " " + location);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A public user registered and signed in on the portal, as a cookie session (CSRF token from the account page). */
    private ConsoleSession publicSession() {
        String name = "esit" + System.nanoTime() % 1_000_000;
        String password = "Open-Data-2026";
        ConsoleSession s = ConsoleSession.anonymous(port);
        String csrf = csrf(s.get("/open/register").body());
        s.postForm("/open/register", Map.of("username", name, "email", name + "@example.org", "password", password, "confirm", password, "_csrf", csrf));
        csrf = csrf(s.get("/open/login").body());
        ConsoleSession.Page login = s.postForm("/open/login", Map.of("username", name, "password", password, "_csrf", csrf));
        assertThat(login.location()).endsWith("/open/account");
        return s.withCsrf(csrf(s.get("/open/account").body()));
    }

    private static String csrf(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private Set<String> endpoints() {
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("io.yudex")) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                for (var m : e.getKey().getMethodsCondition().getMethods()) {
                    keys.add(m.name() + " " + pattern);
                }
            }
        }
        return keys;
    }

    /** Fills path variables with values that name nothing real, so allowed calls change nothing. */
    private static String sample(String pattern) {
        return pattern.replace("{code}", "109999%2F999999").replace("{classification}", "109999").replace("{sequence}", "999999")
                .replace("{id}", "999999").replace("{version}", "1").replace("{username}", "no-such-user").replace("{clientId}", "no-such-client").replace("{item}", "no_such_item")
                .replace("{index}", "0").replace("{year}", "2026").replace("{day}", "2026-10-01")
                .replace("{library}", "population").replace("{key}", "no-such-key")
                .replace("{ext}", "ttl").replace("{name}", "109999-999999").replace("{format}", "csv");
    }
}
