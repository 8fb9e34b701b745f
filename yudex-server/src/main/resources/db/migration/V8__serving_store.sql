-- The serving store: the current rows of each shared resource, copied from the data plane into indexed tables of
-- the control-plane database so that key look-ups and selective filters answer in well under a millisecond.
-- The tables themselves (s_<resource>_<batch>, one typed column per data item) are created at run time because
-- their columns follow the catalog; this table says which one is live and which batch it reflects.
CREATE TABLE serving_resource (
    resource_code VARCHAR(32)   NOT NULL PRIMARY KEY REFERENCES catalog_resource (code),
    table_name    VARCHAR(64)   NOT NULL,
    signature     VARCHAR(4000) NOT NULL,
    last_batch    BIGINT        NOT NULL,
    row_count     BIGINT        NOT NULL,
    applied_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Per-grant masking choices (item=SPEC;…, each at least as strict as the item's default), the sealed key of the
-- grant's keyed pseudonyms, and its quota (requests per minute; null = the configured default).
ALTER TABLE share_grant ADD COLUMN masks VARCHAR(4000);
ALTER TABLE share_grant ADD COLUMN pseudonym_key VARCHAR(200);
ALTER TABLE share_grant ADD COLUMN quota_per_minute INTEGER;
