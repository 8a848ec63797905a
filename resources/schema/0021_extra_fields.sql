-- Schema version 21: extra fields (the Dutch ecosystem, part 3). A column or key of an imported file
-- that no field of the register takes is kept on its item as (source, name, value) rather than
-- dropped: source is the layout the value came from (custodian, ico, nl-workbook, ...), name the
-- header as the file spelt it. An export in a layout that carries them writes them back. Shown read-only
-- in the editors; a save carries them unchanged. New tables only: nothing is rebuilt.
CREATE TABLE organisation_extra_field (
    id              %ID%,
    organisation_id %BIGINT% NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    source          TEXT NOT NULL,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    value           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organisation_extra_field_owner ON organisation_extra_field(organisation_id, position);
CREATE TABLE activity_extra_field (
    id          %ID%,
    activity_id %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    source      TEXT NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    value       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_extra_field_owner ON activity_extra_field(activity_id, position);
CREATE TABLE processor_activity_extra_field (
    id                    %ID%,
    processor_activity_id %BIGINT% NOT NULL REFERENCES processor_activity(id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    source                TEXT NOT NULL,
    name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
    value                 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX processor_activity_extra_field_owner ON processor_activity_extra_field(processor_activity_id, position);
CREATE TABLE agreement_extra_field (
    id           %ID%,
    agreement_id %BIGINT% NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    source       TEXT NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    value        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agreement_extra_field_owner ON agreement_extra_field(agreement_id, position);
CREATE TABLE breach_extra_field (
    id        %ID%,
    breach_id %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    source    TEXT NOT NULL,
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    value     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX breach_extra_field_owner ON breach_extra_field(breach_id, position);
CREATE TABLE request_extra_field (
    id         %ID%,
    request_id %BIGINT% NOT NULL REFERENCES request_case(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    source     TEXT NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    value      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_extra_field_owner ON request_extra_field(request_id, position);
CREATE TABLE retention_rule_extra_field (
    id                %ID%,
    retention_rule_id %BIGINT% NOT NULL REFERENCES retention_rule(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    source            TEXT NOT NULL,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    value             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX retention_rule_extra_field_owner ON retention_rule_extra_field(retention_rule_id, position);
