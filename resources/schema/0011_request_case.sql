-- Schema version 11: data-subject request cases (Arts. 12-22 GDPR; DOMAIN-REVIEW I.1).
-- A case has a number per year of receipt that is never reused (register_counter), the rights it
-- invokes with the outcome of each, the identity checks, the activities searched, the processors
-- instructed and the recipients told (Art. 19). Its three deadline dates (DECISIONS.md) are stored,
-- so that lists and the dashboard find what is due through an index; they are computed when the
-- case is saved and again when the register's calendar changes. The requester's details are purged
-- a while after the case closes (purged_on); their history is sealed with the case's key
-- (history_keys), which the purge erases.
CREATE TABLE register_counter (
    name  TEXT PRIMARY KEY NOT NULL,
    value %BIGINT% NOT NULL CHECK (value > 0)
);

CREATE TABLE request_case (
    id                        %ID%,
    uuid                      TEXT UNIQUE NOT NULL,
    number                    TEXT UNIQUE NOT NULL CHECK (length(number) > 0),
    received_on               TEXT NOT NULL,
    channel                   TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'letter', 'web', 'phone',
                                  'in_person', 'social_media', 'via_processor', 'via_controller', 'other')),
    received_by               TEXT NOT NULL DEFAULT '',
    forwarded_on              TEXT,
    requester_name            TEXT NOT NULL DEFAULT '',
    requester_contact         TEXT NOT NULL DEFAULT '',
    language                  TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
    requester_role            TEXT NOT NULL DEFAULT 'data_subject'
                                  CHECK (requester_role IN ('data_subject', 'representative')),
    representative_name       TEXT NOT NULL DEFAULT '',
    mandate                   TEXT NOT NULL DEFAULT '',
    mandate_checked_on        TEXT,
    reply_channel             TEXT NOT NULL DEFAULT '',
    scope                     TEXT NOT NULL DEFAULT '',
    status                    TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'verifying',
                                  'in_progress', 'extended', 'answered', 'refused', 'withdrawn')),
    identity_doubt            INTEGER NOT NULL DEFAULT 0 CHECK (identity_doubt IN (0, 1)),
    identity_reasoning        TEXT NOT NULL DEFAULT '',
    extended                  INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0, 1)),
    extension_reason          TEXT NOT NULL DEFAULT '',
    extension_reasoning       TEXT NOT NULL DEFAULT '',
    extension_notice_on       TEXT,
    due_on                    TEXT,
    act_by                    TEXT,
    target_on                 TEXT,
    notice_due_on             TEXT,
    art12_5                   TEXT NOT NULL DEFAULT '',
    art12_5_reasoning         TEXT NOT NULL DEFAULT '',
    fee                       TEXT NOT NULL DEFAULT '',
    recipients_impossible     INTEGER NOT NULL DEFAULT 0 CHECK (recipients_impossible IN (0, 1)),
    recipients_reasoning      TEXT NOT NULL DEFAULT '',
    requester_told_recipients INTEGER NOT NULL DEFAULT 0 CHECK (requester_told_recipients IN (0, 1)),
    response_on               TEXT,
    response_method           TEXT NOT NULL DEFAULT '',
    remedies_notice           INTEGER NOT NULL DEFAULT 0 CHECK (remedies_notice IN (0, 1)),
    closed_on                 TEXT,
    purged_on                 TEXT,
    notes                     TEXT NOT NULL DEFAULT '',
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    row_version               INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX request_case_act_by ON request_case(act_by);
CREATE INDEX request_case_target ON request_case(target_on);
CREATE INDEX request_case_status ON request_case(status);
CREATE INDEX request_case_received ON request_case(received_on);
CREATE INDEX request_case_closed ON request_case(closed_on);

CREATE TABLE request_right (
    id           %ID%,
    request_id   %BIGINT% NOT NULL REFERENCES request_case(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    request_right TEXT NOT NULL CHECK (length(request_right) > 0),
    outcome      TEXT NOT NULL DEFAULT 'pending',
    restriction  TEXT NOT NULL DEFAULT '',
    reasoning    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_right_request ON request_right(request_id);

CREATE TABLE request_verification (
    id                   %ID%,
    request_id           %BIGINT% NOT NULL REFERENCES request_case(id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    on_date              TEXT,
    step                 TEXT NOT NULL DEFAULT '',
    id_copy              INTEGER NOT NULL DEFAULT 0 CHECK (id_copy IN (0, 1)),
    id_copy_destroyed_on TEXT
);
CREATE INDEX request_verification_request ON request_verification(request_id);

CREATE TABLE request_access_element (
    request_id %BIGINT% NOT NULL REFERENCES request_case(id) ON DELETE CASCADE,
    element    TEXT NOT NULL,
    PRIMARY KEY (request_id, element)
);

CREATE TABLE request_activity (
    request_id  %BIGINT% NOT NULL REFERENCES request_case(id) ON DELETE CASCADE,
    activity_id %BIGINT% NOT NULL REFERENCES activity(id),
    PRIMARY KEY (request_id, activity_id)
);
CREATE INDEX request_activity_activity ON request_activity(activity_id);

CREATE TABLE request_processor (
    id         %ID%,
    request_id %BIGINT% NOT NULL REFERENCES request_case(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    party_id   %BIGINT% REFERENCES party(id),
    on_date    TEXT,
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_processor_request ON request_processor(request_id);
CREATE INDEX request_processor_party ON request_processor(party_id);

CREATE TABLE request_recipient (
    id         %ID%,
    request_id %BIGINT% NOT NULL REFERENCES request_case(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    party_id   %BIGINT% REFERENCES party(id),
    on_date    TEXT,
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_recipient_request ON request_recipient(request_id);
CREATE INDEX request_recipient_party ON request_recipient(party_id);

INSERT INTO register_setting (key, value) VALUES ('request_purge_months', '12');
