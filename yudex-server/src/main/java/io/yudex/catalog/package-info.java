/** The government information resource catalog (政务信息资源目录): resources, their review lifecycle, history and search. */
package io.yudex.catalog;
