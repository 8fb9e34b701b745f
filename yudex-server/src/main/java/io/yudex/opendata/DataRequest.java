package io.yudex.opendata;

import java.time.Instant;

/**
 * A request from the public for data (数据需求) and the department's public answer.
 *
 * @param departmentId   the department asked to answer; null until the requester names one or the platform admin routes it
 * @param departmentName its name, null with it
 */
public record DataRequest(long id, String title, String description, String requester, Long departmentId, String departmentName,
        DataRequestStatus status, String answer, String answeredBy, Instant answeredAt, Instant createdAt) {

    /** What a user asks: the department is optional (its code). */
    public record Submission(String title, String description, String department) {}
}
