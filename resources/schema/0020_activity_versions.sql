-- Schema version 20: numbered activities and their established versions (the Dutch ecosystem, part 1).
-- Every processing activity, as controller and as processor, gets a number people cite ("VA-0042"):
-- one series for both, never handed out twice (register_counter 'VA'). Existing activities are
-- numbered in the order they were made, controller activities first. An approved activity is
-- established ("vastgesteld") as an activity version: a snapshot of what it said, with who and when,
-- and a URI that log lines point to (Logboek Dataverwerkingen). A version is never changed or deleted
-- (its triggers refuse it, as the history's do).
ALTER TABLE activity ADD COLUMN number TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN confidentiality TEXT NOT NULL DEFAULT ''
    CHECK (confidentiality IN ('', 'normal', 'confidential'));
ALTER TABLE activity ADD COLUMN log_retention_count INTEGER NOT NULL DEFAULT 0 CHECK (log_retention_count >= 0);
ALTER TABLE activity ADD COLUMN log_retention_unit TEXT NOT NULL DEFAULT ''
    CHECK (log_retention_unit IN ('', 'days', 'weeks', 'months', 'years'));
ALTER TABLE processor_activity ADD COLUMN number TEXT NOT NULL DEFAULT '';
-- The base of the activity versions' URIs; empty: urn:custodian:REGISTER-ID.
ALTER TABLE organisation ADD COLUMN activity_uri_base TEXT NOT NULL DEFAULT '';

-- dialect: sqlite
UPDATE activity SET number = printf('VA-%04d', (SELECT count(*) FROM activity a WHERE a.id <= activity.id));
UPDATE processor_activity SET number = printf('VA-%04d', (SELECT count(*) FROM activity) +
    (SELECT count(*) FROM processor_activity p WHERE p.id <= processor_activity.id));
-- dialect: postgres
-- lpad cuts a longer number short: from 10,000 on the number is written as it is.
UPDATE activity SET number = 'VA-' || CASE
    WHEN (SELECT count(*) FROM activity a WHERE a.id <= activity.id) < 10000
    THEN lpad((SELECT count(*) FROM activity a WHERE a.id <= activity.id)::text, 4, '0')
    ELSE (SELECT count(*) FROM activity a WHERE a.id <= activity.id)::text END;
UPDATE processor_activity SET number = 'VA-' || CASE
    WHEN (SELECT count(*) FROM activity) + (SELECT count(*) FROM processor_activity p WHERE p.id <= processor_activity.id) < 10000
    THEN lpad(((SELECT count(*) FROM activity) +
               (SELECT count(*) FROM processor_activity p WHERE p.id <= processor_activity.id))::text, 4, '0')
    ELSE ((SELECT count(*) FROM activity) +
          (SELECT count(*) FROM processor_activity p WHERE p.id <= processor_activity.id))::text END;
-- dialect: all
INSERT INTO register_counter (name, value)
    SELECT 'VA', (SELECT count(*) FROM activity) + (SELECT count(*) FROM processor_activity)
    WHERE (SELECT count(*) FROM activity) + (SELECT count(*) FROM processor_activity) > 0;
-- Unique once given: a restore of an export made before numbers writes the rows first, then numbers them.
CREATE UNIQUE INDEX activity_number ON activity(number) WHERE number <> '';
CREATE UNIQUE INDEX processor_activity_number ON processor_activity(number) WHERE number <> '';

CREATE TABLE activity_version (
    id                   %ID%,
    uuid                 TEXT UNIQUE NOT NULL,
    activity_id          %BIGINT% NOT NULL REFERENCES activity(id),
    number               INTEGER NOT NULL CHECK (number > 0),
    uri                  TEXT UNIQUE NOT NULL CHECK (length(uri) > 0),
    activity_number      TEXT NOT NULL DEFAULT '',
    name                 TEXT NOT NULL DEFAULT '',
    established_at       TEXT NOT NULL,
    established_by       TEXT NOT NULL DEFAULT '',
    approved_by          TEXT NOT NULL DEFAULT '',
    approved_on          TEXT,
    change_note          TEXT NOT NULL DEFAULT '',
    content              TEXT NOT NULL,
    digest               TEXT NOT NULL,
    activity_row_version %BIGINT% NOT NULL DEFAULT 0,
    register_state_count %BIGINT% NOT NULL DEFAULT 0,
    register_state_hash  TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (activity_id, number)
);
-- dialect: sqlite
CREATE TRIGGER activity_version_no_update BEFORE UPDATE ON activity_version
BEGIN
    SELECT RAISE(ABORT, 'an established activity version is kept as it was');
END;
CREATE TRIGGER activity_version_no_delete BEFORE DELETE ON activity_version
BEGIN
    SELECT RAISE(ABORT, 'an established activity version is kept as it was');
END;
-- dialect: postgres
CREATE FUNCTION activity_version_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an established activity version is kept as it was' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER activity_version_no_update BEFORE UPDATE ON activity_version
    FOR EACH ROW EXECUTE FUNCTION activity_version_kept();
CREATE TRIGGER activity_version_no_delete BEFORE DELETE ON activity_version
    FOR EACH ROW EXECUTE FUNCTION activity_version_kept();
CREATE TRIGGER activity_version_no_truncate BEFORE TRUNCATE ON activity_version
    FOR EACH STATEMENT EXECUTE FUNCTION activity_version_kept();
-- dialect: all
CREATE INDEX activity_version_activity ON activity_version(activity_id);
