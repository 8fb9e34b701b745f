/** The serving store: indexed copies of the current rows of shared resources, kept in step with every committed batch. */
package io.yudex.exchange.serving;
