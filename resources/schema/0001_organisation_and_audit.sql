-- Schema version 1: the register itself, the organisation (controller) details of Art. 30(1)(a),
-- and the audit trail every later write appends to in the same transaction as the change.
-- Ids are 64-bit (SQLite's INTEGER PRIMARY KEY is a 64-bit rowid alias; PostgreSQL gets an
-- identity column); dates and timestamps are ISO text and booleans 0/1 integers in both stores.

-- dialect: postgres
-- The schema version: one row, written by the migration runner in the same transaction as each
-- migration (SQLite keeps it in PRAGMA user_version instead).
CREATE TABLE schema_version (
    version INTEGER NOT NULL CHECK (version > 0)
);
CREATE UNIQUE INDEX schema_version_one_row ON schema_version ((true));
-- dialect: all

CREATE TABLE register_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Art. 30(1)(a): name and contact details of the controller, its representative and its DPO.
-- One row: a register belongs to one organisation.
CREATE TABLE organisation (
    id                     %ID% CHECK (id = 1),
    uuid                   TEXT UNIQUE NOT NULL,
    name                   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    street_address         TEXT NOT NULL DEFAULT '',
    postal_code            TEXT NOT NULL DEFAULT '',
    city                   TEXT NOT NULL DEFAULT '',
    country                TEXT NOT NULL DEFAULT '',
    registration_number    TEXT NOT NULL DEFAULT '',
    contact_name           TEXT NOT NULL DEFAULT '',
    contact_email          TEXT NOT NULL DEFAULT '',
    contact_phone          TEXT NOT NULL DEFAULT '',
    dpo_name               TEXT NOT NULL DEFAULT '',
    dpo_email              TEXT NOT NULL DEFAULT '',
    dpo_phone              TEXT NOT NULL DEFAULT '',
    representative_name    TEXT NOT NULL DEFAULT '',
    representative_contact TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);

-- Art. 26: joint controllers and the essence of their arrangement.
CREATE TABLE joint_controller (
    id              %ID%,
    uuid            TEXT UNIQUE NOT NULL,
    organisation_id %BIGINT% NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    contact         TEXT NOT NULL DEFAULT '',
    arrangement     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX joint_controller_organisation ON joint_controller(organisation_id, position);

-- Who changed what, when. Written in the same transaction as the change it records.
-- changes: a JSON object {"field": {"old": ..., "new": ...}, ...}.
CREATE TABLE audit_log (
    id          %ID%,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'retire')),
    changes     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_uuid);
CREATE INDEX audit_log_at ON audit_log(at);

-- The audit trail is append-only.
-- dialect: sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
-- INSERT OR REPLACE deletes the old row without firing delete triggers (unless recursive_triggers
-- is on, which not every tool sets): refuse reusing an id before the conflict is resolved.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
-- dialect: postgres
-- PostgreSQL has no INSERT OR REPLACE; TRUNCATE, which skips row triggers, is refused instead.
CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
