/**
 * Notifications: tells both sides of a sharing step in the console, and pushes the same events — plus every new batch
 * of a resource a department may follow by feed — to the webhooks a department registers, signed with SM3-HMAC,
 * retried with back-off, kept in a dead-letter list that can be replayed.
 */
package io.yudex.notification;
