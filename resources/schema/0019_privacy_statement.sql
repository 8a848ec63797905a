-- Schema version 19: the privacy statements and their published versions. A statement says for
-- which audiences it is written and in which languages it is published, and holds what only a
-- statement has (its title, introduction, where it is published, how people hear of changes, a note
-- on exercising rights) and the translations of the register's own texts into its other language.
-- Everything else it says is written from the register when it is published. A version keeps the
-- text as published, the register state it was written from and a manifest of what it says of the
-- register; it is never changed or deleted (its triggers refuse it, as the history's do).
CREATE TABLE privacy_statement (
    id              %ID%,
    uuid            TEXT UNIQUE NOT NULL,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    publication_url TEXT NOT NULL DEFAULT '',
    introduction    TEXT NOT NULL DEFAULT '',
    change_channel  TEXT NOT NULL DEFAULT '',
    rights_note     TEXT NOT NULL DEFAULT '',
    retired         INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE privacy_statement_audience (
    statement_id %BIGINT% NOT NULL REFERENCES privacy_statement(id) ON DELETE CASCADE,
    audience     TEXT NOT NULL CHECK (audience IN ('customers', 'prospects', 'website_visitors', 'applicants',
                                                   'employees', 'suppliers')),
    PRIMARY KEY (statement_id, audience)
);
CREATE TABLE privacy_statement_language (
    statement_id %BIGINT% NOT NULL REFERENCES privacy_statement(id) ON DELETE CASCADE,
    language     TEXT NOT NULL CHECK (language IN ('nl', 'en')),
    PRIMARY KEY (statement_id, language)
);
CREATE TABLE privacy_statement_translation (
    id           %ID%,
    statement_id %BIGINT% NOT NULL REFERENCES privacy_statement(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    language     TEXT NOT NULL CHECK (language IN ('nl', 'en')),
    source_text  TEXT NOT NULL,
    text         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX privacy_statement_translation_statement ON privacy_statement_translation(statement_id);
CREATE TABLE privacy_statement_version (
    id                   %ID%,
    uuid                 TEXT UNIQUE NOT NULL,
    statement_id         %BIGINT% NOT NULL REFERENCES privacy_statement(id),
    number               INTEGER NOT NULL CHECK (number > 0),
    title                TEXT NOT NULL DEFAULT '',
    effective_on         TEXT NOT NULL,
    published_at         TEXT NOT NULL,
    published_by         TEXT NOT NULL DEFAULT '',
    change_log           TEXT NOT NULL DEFAULT '',
    register_state_count %BIGINT% NOT NULL DEFAULT 0,
    register_state_hash  TEXT NOT NULL DEFAULT '',
    manifest             TEXT NOT NULL,
    html_nl              TEXT NOT NULL DEFAULT '',
    html_en              TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (statement_id, number)
);
-- dialect: sqlite
CREATE TRIGGER privacy_statement_version_no_update BEFORE UPDATE ON privacy_statement_version
BEGIN
    SELECT RAISE(ABORT, 'a published statement version is kept as it was');
END;
CREATE TRIGGER privacy_statement_version_no_delete BEFORE DELETE ON privacy_statement_version
BEGIN
    SELECT RAISE(ABORT, 'a published statement version is kept as it was');
END;
-- dialect: postgres
CREATE FUNCTION privacy_statement_version_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published statement version is kept as it was' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER privacy_statement_version_no_update BEFORE UPDATE ON privacy_statement_version
    FOR EACH ROW EXECUTE FUNCTION privacy_statement_version_kept();
CREATE TRIGGER privacy_statement_version_no_delete BEFORE DELETE ON privacy_statement_version
    FOR EACH ROW EXECUTE FUNCTION privacy_statement_version_kept();
CREATE TRIGGER privacy_statement_version_no_truncate BEFORE TRUNCATE ON privacy_statement_version
    FOR EACH STATEMENT EXECUTE FUNCTION privacy_statement_version_kept();
-- dialect: all
CREATE INDEX privacy_statement_version_statement ON privacy_statement_version(statement_id);
