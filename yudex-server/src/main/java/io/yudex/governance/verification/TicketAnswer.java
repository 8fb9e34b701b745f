package io.yudex.governance.verification;

/** What the owning department says about its value. */
public enum TicketAnswer {
    /** The value was wrong; the correction arrives with the department's next batch. */
    CORRECTED,
    /** The value is right as held. */
    CONFIRMED,
    /** The department disputes that the value is its to answer for, or the finding itself; the platform admin decides. */
    DISPUTED
}
