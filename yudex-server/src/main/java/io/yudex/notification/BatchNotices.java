package io.yudex.notification;

import io.yudex.exchange.AccessMode;
import io.yudex.exchange.GrantHolders;
import io.yudex.ingest.batch.BatchCommitted;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pushes every committed batch of a resource to the webhooks of the departments that may follow it by feed, with the
 * feed address that serves its changes, so that a change registered by one department reaches the others the same
 * day without polling.
 */
@Component
class BatchNotices {

    private final GrantHolders holders;
    private final WebhookDeliveries deliveries;

    BatchNotices(GrantHolders holders, WebhookDeliveries deliveries) {
        this.holders = holders;
        this.deliveries = deliveries;
    }

    @EventListener
    void on(BatchCommitted batch) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("resource", batch.resourceCode());
        data.put("batch", batch.batchId());
        data.put("rowsInserted", batch.rowsInserted());
        data.put("rowsClosed", batch.rowsClosed());
        data.put("changes", "/api/v1/data/" + batch.resourceCode() + "/changes?since=" + (batch.batchId() - 1));
        for (long department : holders.departments(batch.resourceCode(), AccessMode.FEED)) {
            deliveries.enqueue(department, "batch.committed", data);
        }
    }
}
