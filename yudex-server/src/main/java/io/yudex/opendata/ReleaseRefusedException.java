package io.yudex.opendata;

/** A release failed the safe-publication check; carries the refused release and its report. Maps to 422. */
public class ReleaseRefusedException extends RuntimeException {

    private final transient OpenRelease release;

    ReleaseRefusedException(OpenRelease release) {
        super("Release refused by the safe-publication check: " + String.join("; ", release.report().problems()));
        this.release = release;
    }

    public OpenRelease release() {
        return release;
    }
}
