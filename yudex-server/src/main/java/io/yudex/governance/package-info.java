/** Data governance: national-standard checks as a service, rules on resources, quality, comparison and verification. */
package io.yudex.governance;
