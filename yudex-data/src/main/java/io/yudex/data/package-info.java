/** The data plane's store: one versioned table per catalog resource, loaded in atomic batches, with history. */
package io.yudex.data;
