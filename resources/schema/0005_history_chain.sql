-- Schema version 5: the history proves itself. Every audit entry gets its place in the chain
-- (seq, 1, 2, 3, ...) and a hash over its canonical encoding and the previous entry's hash
-- (core/register/HistoryChain.h); history_head keeps the count and the last hash: the register
-- state that reports and exports print. Entries written before this version are sealed by the
-- program on the first open for writing (their seq and hash are NULL until then); the trigger
-- allows exactly that one update, and no other.

ALTER TABLE audit_log ADD COLUMN seq %BIGINT%;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_log_seq ON audit_log(seq);

CREATE TABLE history_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    count %BIGINT% NOT NULL CHECK (count >= 0),
    hash  TEXT NOT NULL
);
INSERT INTO history_head (id, count, hash) VALUES (1, 0, '');

-- dialect: sqlite
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.seq IS NULL OR NEW.id IS NOT OLD.id
    OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor OR NEW.entity IS NOT OLD.entity
    OR NEW.entity_uuid IS NOT OLD.entity_uuid OR NEW.action IS NOT OLD.action OR NEW.changes IS NOT OLD.changes
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_sealed BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR NEW.seq IS NULL
BEGIN
    SELECT RAISE(ABORT, 'an audit entry needs its place in the history chain');
END;
CREATE TRIGGER history_head_no_delete BEFORE DELETE ON history_head
BEGIN
    SELECT RAISE(ABORT, 'the history head cannot be removed');
END;
-- dialect: postgres
DROP TRIGGER audit_log_no_update ON audit_log;
CREATE FUNCTION audit_log_seal_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.seq IS NULL OR NEW.id IS DISTINCT FROM OLD.id
       OR NEW.at IS DISTINCT FROM OLD.at OR NEW.actor IS DISTINCT FROM OLD.actor
       OR NEW.entity IS DISTINCT FROM OLD.entity OR NEW.entity_uuid IS DISTINCT FROM OLD.entity_uuid
       OR NEW.action IS DISTINCT FROM OLD.action OR NEW.changes IS DISTINCT FROM OLD.changes THEN
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_seal_only();
CREATE FUNCTION audit_log_require_seal() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.hash IS NULL OR NEW.seq IS NULL THEN
        RAISE EXCEPTION 'an audit entry needs its place in the history chain'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_sealed BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_require_seal();
CREATE TRIGGER history_head_no_delete BEFORE DELETE ON history_head
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
