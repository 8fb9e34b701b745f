/** Data sharing between departments under the national sharing rules: applications, approvals and grants. */
package io.yudex.exchange;
