-- Schema version 9: a legal hold as its own item (DOMAIN-REVIEW A9). A hold suspends deletion for
-- particular data subjects or records (one dispute, one inquiry), not for everything a retention
-- rule covers: it names the rule and/or the processing activity it falls under, describes whom and
-- what it covers, why, and when it started, was last reviewed and was released. The flag that
-- older versions kept on the retention rule becomes such a hold when the register is next opened
-- for writing (core/register/RegisterUpkeep), with an entry in the history.
CREATE TABLE legal_hold (
    id                %ID%,
    uuid              TEXT UNIQUE NOT NULL,
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    reference         TEXT NOT NULL DEFAULT '',
    retention_rule_id %BIGINT% REFERENCES retention_rule(id),
    activity_id       %BIGINT% REFERENCES activity(id),
    scope             TEXT NOT NULL DEFAULT '',
    reason            TEXT NOT NULL DEFAULT '',
    started_on        TEXT,
    reviewed_on       TEXT,
    released_on       TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    row_version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX legal_hold_rule ON legal_hold(retention_rule_id);
CREATE INDEX legal_hold_activity ON legal_hold(activity_id);
