-- Return flow (数据回流): province-level resources marked by their provider or the platform admin flow back to every
-- city and county department as standing grants limited to the department's region, without applications.
-- Platform keys: secrets the platform makes for itself (the keyset cursors' HMAC key), sealed like other secrets so
-- that every node and every restart uses the same one. (V13 belongs to another branch.)

CREATE TABLE return_flow (
    resource_code VARCHAR(32)   NOT NULL PRIMARY KEY REFERENCES catalog_resource (code),
    -- comma-separated item names that flow back
    items         VARCHAR(4000) NOT NULL,
    modes         VARCHAR(64)   NOT NULL,
    marked_by     VARCHAR(64)   NOT NULL,
    marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(2000)
);

-- A standing grant has no application; it is one of a return flow's, at most one per resource and department.
ALTER TABLE share_grant ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE share_grant ADD COLUMN return_flow BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE return_flow_grant (
    resource_code VARCHAR(32) NOT NULL REFERENCES catalog_resource (code),
    department_id BIGINT      NOT NULL REFERENCES department (id),
    grant_id      BIGINT      NOT NULL REFERENCES share_grant (id),
    PRIMARY KEY (resource_code, department_id)
);

CREATE TABLE platform_key (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    sealed     VARCHAR(400) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
