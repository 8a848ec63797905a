-- Schema version 25: the controls an organisation's auditors test it against that Custodian does not
-- ship (the Dutch ecosystem, part 9): a NOREA Privacy Control Framework code, a Privacy Baseline
-- PRIV_U norm, an ENSIA question. Each names its framework and code, a title and notes in the
-- organisation's words, and the report kinds that are evidence for it; those reports name it beside
-- the shipped controls. Nothing is rebuilt.
CREATE TABLE control_reference (
    id          %ID%,
    uuid        TEXT UNIQUE NOT NULL,
    framework   TEXT NOT NULL CHECK (length(trim(framework)) > 0),
    code        TEXT NOT NULL CHECK (length(trim(code)) > 0),
    title       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
-- The kinds are report kinds' names (Codes::Kind::ReportKind, checked on save): no CHECK, for the list
-- grows with the report kinds (ap-register, audit-dossier) and SQLite cannot widen a CHECK in place.
CREATE TABLE control_reference_kind (
    control_id %BIGINT% NOT NULL REFERENCES control_reference(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (length(kind) > 0),
    PRIMARY KEY (control_id, kind)
);
