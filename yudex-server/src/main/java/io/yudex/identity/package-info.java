/** The user centre (用户中心): people, roles, API clients, log-in, bearer tokens and the security rules at the edge. */
package io.yudex.identity;
