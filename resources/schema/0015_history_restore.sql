-- custodian: rebuilds tables
-- Schema version 15: a register restored from a backup records it (DECISIONS.md, "The
-- tamper-evident history"): one 'restore' entry on the register itself, naming the state it was
-- restored from. SQLite cannot change a CHECK constraint: the audit log is copied whole (ids, seq
-- and hash as they are) and its indexes and triggers are made again, as in schema 6.
-- dialect: sqlite
CREATE TABLE audit_log_new (
    id          %ID%,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'retire', 'erase', 'restore')),
    changes     TEXT NOT NULL DEFAULT '{}',
    seq         %BIGINT%,
    hash        TEXT
);
INSERT INTO audit_log_new (id, at, actor, entity, entity_uuid, action, changes, seq, hash)
    SELECT id, at, actor, entity, entity_uuid, action, changes, seq, hash FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_uuid);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE UNIQUE INDEX audit_log_seq ON audit_log(seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.seq IS NULL OR NEW.id IS NOT OLD.id
    OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor OR NEW.entity IS NOT OLD.entity
    OR NEW.entity_uuid IS NOT OLD.entity_uuid OR NEW.action IS NOT OLD.action OR NEW.changes IS NOT OLD.changes
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_sealed BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR NEW.seq IS NULL
BEGIN
    SELECT RAISE(ABORT, 'an audit entry needs its place in the history chain');
END;
-- dialect: postgres
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('create', 'update', 'delete', 'retire', 'erase', 'restore'));
