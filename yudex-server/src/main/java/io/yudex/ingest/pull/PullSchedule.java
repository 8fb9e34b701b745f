package io.yudex.ingest.pull;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.platform.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs pulls whose cron time has come. Each due pull is first claimed by moving its next run time on (a conditional
 * update), so that two nodes sharing the control-plane database never run it twice, and a pull whose resource is
 * busy is skipped until its next time rather than queued.
 */
@Component
class PullSchedule {

    private static final Logger log = LoggerFactory.getLogger(PullSchedule.class);
    /** Scheduled runs act as the platform, and their batches say so. */
    static final Caller SCHEDULER = new Caller("scheduler", null, null, Set.of(Role.PLATFORM_ADMIN), true);

    private final PullRepository pulls;
    private final PullService service;
    private final PullProperties properties;
    private final Clock clock;

    PullSchedule(PullRepository pulls, PullService service, PullProperties properties, Clock clock) {
        this.pulls = pulls;
        this.service = service;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Accepts Unix cron (5 fields: minute hour day month weekday) or Spring cron (6, seconds first) and macros such as
     * {@code @daily}; returns the 6-field form.
     *
     * @throws IllegalArgumentException with a readable reason when the expression is not valid
     */
    static String normalise(String cron) {
        String c = cron.strip().replaceAll("\\s+", " ");
        if (!c.startsWith("@") && c.split(" ").length == 5) {
            c = "0 " + c;
        }
        try {
            CronExpression.parse(c);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + cron.strip() + "' is not a cron expression (e.g. '0 2 * * *' runs daily at 02:00): "
                    + e.getMessage());
        }
        return c;
    }

    /** The first run time after {@code after} in {@code zone}. */
    static Instant next(String cron, Instant after, ZoneId zone) {
        ZonedDateTime next = CronExpression.parse(cron).next(after.atZone(zone));
        if (next == null) {
            throw new IllegalArgumentException("'" + cron + "' never runs");
        }
        return next.toInstant();
    }

    @Scheduled(fixedDelayString = "${yudex.ingest.jdbc.schedule-check-millis:15000}", initialDelay = 15000)
    void runDue() {
        Instant now = clock.instant();
        for (PullDefinition pull : pulls.due(now)) {
            if (!pulls.claim(pull.id(), pull.nextRunAt(), next(pull.cron(), now, properties.zone()))) {
                continue;
            }
            try {
                var batch = service.start(pull, SCHEDULER);
                log.info("Scheduled pull {} ({}) started batch {}", pull.id(), pull.name(), batch.id());
            } catch (ConflictException e) {
                log.info("Scheduled pull {} skipped: {}", pull.id(), e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Scheduled pull {} could not start: {}", pull.id(), e.getMessage());
            }
        }
    }
}
