package io.yudex.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open data settings under {@code yudex.opendata.*}.
 *
 * @param k              the k of k-anonymity a release must reach unless its plan names another (≥ 2)
 * @param licence        the licence of open datasets, as a URI (DCAT-AP dct:license, CKAN license_url)
 * @param licenceTitle   its title
 * @param previewRows    rows shown on a dataset page
 * @param publisherName  who publishes the portal (DCAT catalogue publisher)
 */
@ConfigurationProperties("yudex.opendata")
record OpenDataProperties(
        @DefaultValue("5") int k,
        @DefaultValue("http://creativecommons.org/licenses/by/4.0/") String licence,
        @DefaultValue("CC BY 4.0") String licenceTitle,
        @DefaultValue("10") int previewRows,
        @DefaultValue("河南省大数据管理局") String publisherName) {}
