/** Cross-cutting platform pieces every feature may use: configuration, clock, error responses. */
package io.yudex.platform;
