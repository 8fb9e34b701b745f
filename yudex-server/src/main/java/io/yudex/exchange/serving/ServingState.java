package io.yudex.exchange.serving;

/** Which serving table is live for a resource and which batch it reflects. */
record ServingState(String resourceCode, String tableName, String signature, long lastBatch, long rowCount) {}
