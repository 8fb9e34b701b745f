package io.yudex.opendata;

import java.time.Instant;

/**
 * Published when the public views or downloads an open dataset, for the portal's counts and for any audit listener.
 *
 * @param kind   VIEW, DOWNLOAD or API
 * @param format csv, xlsx, json for downloads; null otherwise
 */
public record OpenDataUsed(String resourceCode, String kind, String format, Long releaseId, Instant at) {

    public static final String VIEW = "VIEW";
    public static final String DOWNLOAD = "DOWNLOAD";
    public static final String API = "API";
}
