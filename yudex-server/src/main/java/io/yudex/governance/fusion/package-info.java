/** Fused base-library records (一数一源): each item from its authoritative source, with provenance per value. */
package io.yudex.governance.fusion;
