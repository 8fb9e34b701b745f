-- The audit log gets structured, searchable fields (covered by the leaf hash from entry format 2 on; entries written
-- before keep format 1 and their old canonical form), and a place for the leaf hashes of archived entries: archived
-- entries move to files under the data dir, their hashes stay here so that the tree and its proofs stay whole.

ALTER TABLE audit_entry ADD COLUMN format SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE audit_entry ADD COLUMN department VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN resource VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN client VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN purpose VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN row_count BIGINT;
ALTER TABLE audit_entry ADD COLUMN lookup VARCHAR(1000);

CREATE INDEX audit_entry_logged_at ON audit_entry (logged_at);
CREATE INDEX audit_entry_department ON audit_entry (department, logged_at);
CREATE INDEX audit_entry_resource ON audit_entry (resource, logged_at);
CREATE INDEX audit_entry_client ON audit_entry (client, logged_at);

CREATE TABLE audit_archived_leaf (
    idx           BIGINT        NOT NULL PRIMARY KEY,
    leaf_hash     VARCHAR(64)   NOT NULL
);

CREATE TABLE audit_archive (
    first_idx     BIGINT        NOT NULL PRIMARY KEY,
    end_idx       BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    file_sm3      VARCHAR(64)   NOT NULL,
    archived_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    archived_by   VARCHAR(64)   NOT NULL
);
