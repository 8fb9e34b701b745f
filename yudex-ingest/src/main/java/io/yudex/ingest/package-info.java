/** Reading what departments send (files and pushed rows) and converting it to the data store's types. */
package io.yudex.ingest;
