-- The audit log: entries are the leaves of an RFC 6962 Merkle tree over SM3 (leaf_hash = SM3(0x00 ‖ canonical
-- entry)); checkpoints sign (size, root, time) with the platform's SM2 key. Entries are only ever inserted.

CREATE TABLE audit_entry (
    idx           BIGINT        NOT NULL PRIMARY KEY,
    logged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    action        VARCHAR(64)   NOT NULL,
    subject       VARCHAR(255),
    detail        VARCHAR(4000),
    leaf_hash     VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_actor ON audit_entry (actor, idx);

CREATE TABLE audit_checkpoint (
    tree_size     BIGINT        NOT NULL PRIMARY KEY,
    root_hash     VARCHAR(64)   NOT NULL,
    signed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    signature     VARCHAR(400)  NOT NULL
);
