package io.yudex.platform;

/**
 * Something to be written to the audit log, published by a feature that the audit feature does not depend on (the
 * open data portal). Listeners append it synchronously: a failing append stops the request before data leaves.
 *
 * @param actor        who acted ({@code public:<user>}, {@code key:<app key>}, a staff user name)
 * @param action       dotted action name, e.g. {@code open.api.rows}
 * @param subject      what was acted on, may be null
 * @param detail       outcome and parameters, may be null
 * @param resourceCode the catalog resource concerned, may be null
 * @param rows         rows returned, may be null
 */
public record Audited(String actor, String action, String subject, String detail, String resourceCode, Long rows) {}
