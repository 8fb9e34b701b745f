/** Pulls of data from providers' databases over JDBC: connections, full and incremental pulls, their schedule. */
package io.yudex.ingest.pull;
