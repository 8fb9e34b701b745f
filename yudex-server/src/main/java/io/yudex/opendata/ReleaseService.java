package io.yudex.opendata;

import io.yudex.catalog.CatalogScope;
import io.yudex.catalog.CatalogService;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceStatus;
import io.yudex.data.DataStore;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.ingest.batch.Batch;
import io.yudex.ingest.batch.BatchService;
import io.yudex.ingest.batch.BatchStatus;
import io.yudex.ingest.batch.ColumnReport;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Opening data is a step of its own: a data admin (of the provider, or the platform admin) asks for a release of an
 * open resource's latest loaded batch; the safe-publication check runs; an accepted release becomes what the public
 * downloads, a refused one is kept with its report and nothing is served from it.
 */
@Service
public class ReleaseService {

    static final Caller SYSTEM = new Caller("opendata", null, null, Set.of(Role.AUDITOR), false);

    private final CatalogService catalog;
    private final BatchService batches;
    private final ReleaseRepository releases;
    private final SafePublication check;
    private final DataStore store;
    private final OpenDataProperties properties;
    private final Clock clock;

    ReleaseService(CatalogService catalog, BatchService batches, ReleaseRepository releases, DataStore store, OpenDataProperties properties,
            Clock clock) {
        this.catalog = catalog;
        this.batches = batches;
        this.releases = releases;
        this.store = store;
        this.check = new SafePublication(store);
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs the check without recording anything. */
    public ReleaseReport dryRun(ReleasePlan plan, Caller caller) {
        return dryRun(plan, null, caller);
    }

    /** Runs the check on a chosen succeeded batch of the resource (null: the latest) without recording anything. */
    public ReleaseReport dryRun(ReleasePlan plan, Long batchId, Caller caller) {
        Resource r = releasable(plan, caller);
        long batch = batch(r.code(), batchId);
        return check.check(r, batch, plan, k(plan), profile(batch));
    }

    /** The succeeded batches a release of the resource may be made from, newest first. */
    public List<Batch> releasableBatches(String code, Caller caller) {
        return batches.ofResource(code, caller).stream().filter(b -> b.status() == BatchStatus.SUCCEEDED)
                .sorted(Comparator.comparingLong(Batch::id).reversed()).toList();
    }

    /**
     * Checks and records the release of the latest succeeded batch.
     *
     * @throws ReleaseRefusedException when the check fails (the refused release is recorded with its report)
     * @throws ConflictException       when the resource is not open, not published or has no data yet
     */
    public OpenRelease publish(ReleasePlan plan, Caller caller) {
        return publish(plan, null, caller);
    }

    /** As {@link #publish(ReleasePlan, Caller)}, of a chosen succeeded batch of the resource (null: the latest). */
    public OpenRelease publish(ReleasePlan plan, Long batchId, Caller caller) {
        Resource r = releasable(plan, caller);
        long batch = batch(r.code(), batchId);
        ReleaseReport report = check.check(r, batch, plan, k(plan), profile(batch));
        OpenRelease release = releases.insert(r.code(), batch, report.passed() ? OpenRelease.ACCEPTED : OpenRelease.REFUSED, plan, k(plan),
                report, caller.name(), clock.instant());
        if (!release.accepted()) {
            throw new ReleaseRefusedException(release);
        }
        return release;
    }

    /** Every release of a resource, newest first, for whoever may edit it (and auditors). */
    public List<OpenRelease> history(String code, Caller caller) {
        Resource r = catalog.get(code, caller);
        if (!CatalogScope.canEdit(caller, r.providerId()) && !caller.has(Role.AUDITOR)) {
            throw new ForbiddenException("Only the provider's data admin, the platform admin and auditors see the releases of " + code);
        }
        return releases.ofResource(code);
    }

    /** The release the public gets, if any: the newest accepted one of a resource that is (still) open. */
    public Optional<OpenRelease> current(Resource resource) {
        if (!OpenCatalog.isOpen(resource)) {
            return Optional.empty();
        }
        return releases.current(resource.code());
    }

    /** The accepted releases of an open resource, newest first: its public update history. */
    List<OpenRelease> acceptedHistory(String code) {
        return releases.ofResource(code).stream().filter(OpenRelease::accepted).toList();
    }

    /** Resource code → current release id. */
    Map<String, Long> currentIds() {
        return releases.currentIds();
    }

    /** The newest releases over all resources (accepted and refused), for the admins' overview. */
    public List<OpenRelease> latest(Caller caller, int limit) {
        return releases.latest(limit).stream().filter(rel -> {
            Resource r = catalog.get(rel.resourceCode(), SYSTEM);
            return caller.has(Role.AUDITOR) || CatalogScope.canEdit(caller, r.providerId());
        }).toList();
    }

    ReleaseData data(Resource resource, OpenRelease release) {
        return new ReleaseData(store, resource, release.batchId(), release.plan());
    }

    private Resource releasable(ReleasePlan plan, Caller caller) {
        if (plan == null || plan.resourceCode() == null || plan.resourceCode().isBlank()) {
            throw InvalidInputException.of("resourceCode", "is required");
        }
        Resource r = catalog.get(plan.resourceCode(), caller);
        if (!CatalogScope.canEdit(caller, r.providerId())) {
            throw new ForbiddenException("Only the provider's data admin or the platform admin may open " + r.code());
        }
        if (r.status() != ResourceStatus.PUBLISHED) {
            throw new ConflictException("Resource " + r.code() + " is " + r.status() + "; only published resources can be opened");
        }
        if (r.openType() == OpenType.NOT_OPEN) {
            throw new ConflictException("Resource " + r.code() + " is 不予开放 (not open); it can never be released to the public");
        }
        return r;
    }

    private long batch(String code, Long batchId) {
        if (batchId == null) {
            return latestBatch(code);
        }
        return batches.ofResource(code, SYSTEM).stream().filter(b -> b.id() == batchId && b.status() == BatchStatus.SUCCEEDED)
                .findFirst().map(Batch::id)
                .orElseThrow(() -> InvalidInputException.of("batch", "batch " + batchId + " is not a successfully loaded batch of " + code));
    }

    private long latestBatch(String code) {
        return batches.ofResource(code, SYSTEM).stream().filter(b -> b.status() == BatchStatus.SUCCEEDED)
                .max(Comparator.comparingLong(Batch::id)).map(Batch::id)
                .orElseThrow(() -> new ConflictException("Resource " + code + " has no successfully loaded batch to release"));
    }

    private List<ColumnReport> profile(long batchId) {
        try {
            return batches.profile(batchId, SYSTEM);
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private int k(ReleasePlan plan) {
        return plan.k() == null ? properties.k() : plan.k();
    }
}
