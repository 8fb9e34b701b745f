package io.yudex.opendata;

import io.yudex.platform.ConflictException;

/**
 * A data request's state: OPEN when asked (with or without a department), ROUTED once the platform admin sent it to a
 * department, ANSWERED once the department (or the platform admin) answered publicly; an answer is final.
 */
public enum DataRequestStatus {
    OPEN, ROUTED, ANSWERED;

    DataRequestStatus route() {
        return to(ROUTED);
    }

    DataRequestStatus answer() {
        return to(ANSWERED);
    }

    private DataRequestStatus to(DataRequestStatus target) {
        if (this == ANSWERED) {
            throw new ConflictException("Cannot move a data request from " + this + " to " + target + ": it was already answered");
        }
        return target;
    }
}
