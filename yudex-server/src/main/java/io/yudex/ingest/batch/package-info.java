/** Data aggregation (数据汇聚): loading departments' data into the data store as atomic, audited, reversible batches. */
package io.yudex.ingest.batch;
