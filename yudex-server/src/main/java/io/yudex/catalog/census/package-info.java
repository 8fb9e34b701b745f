/** Census registration (普查登记): departments register many resources at once by uploading a filled XLSX template, all or nothing. */
package io.yudex.catalog.census;
