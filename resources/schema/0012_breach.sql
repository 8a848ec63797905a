-- Schema version 12: the breach register (Arts. 33-34 GDPR; DOMAIN-REVIEW I.2), after the sections
-- of the Dutch AP's notification form. Every breach is recorded, notified or not (Art. 33(5)). The
-- moment to notify the authority by (72 hours of elapsed time from awareness) and, where the
-- organisation is the processor, the moment to tell each controller by (the agreement's term in
-- hours, a new column of the agreement) are stored, so the dashboard finds them through an index.
ALTER TABLE agreement ADD COLUMN breach_notice_hours INTEGER CHECK (breach_notice_hours > 0);

CREATE TABLE breach (
    id                    %ID%,
    uuid                  TEXT UNIQUE NOT NULL,
    number                TEXT UNIQUE NOT NULL CHECK (length(number) > 0),
    summary               TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    occurred_from         TEXT,
    occurred_to           TEXT,
    ongoing               INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1)),
    detected_at           TEXT,
    detected_by           TEXT NOT NULL DEFAULT '',
    detection_source      TEXT NOT NULL DEFAULT '',
    aware_at              TEXT NOT NULL,
    awareness_reasoning   TEXT NOT NULL DEFAULT '',
    processor_notice_at   TEXT,
    notify_by             TEXT,
    incident_type         TEXT NOT NULL DEFAULT '',
    cause                 TEXT NOT NULL DEFAULT '',
    subject_groups        TEXT NOT NULL DEFAULT '',
    subjects_min          INTEGER NOT NULL DEFAULT 0 CHECK (subjects_min >= 0),
    subjects_max          INTEGER NOT NULL DEFAULT 0 CHECK (subjects_max >= 0),
    records_min           INTEGER NOT NULL DEFAULT 0 CHECK (records_min >= 0),
    records_max           INTEGER NOT NULL DEFAULT 0 CHECK (records_max >= 0),
    systems               TEXT NOT NULL DEFAULT '',
    encrypted             INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
    hashed                INTEGER NOT NULL DEFAULT 0 CHECK (hashed IN (0, 1)),
    pseudonymised         INTEGER NOT NULL DEFAULT 0 CHECK (pseudonymised IN (0, 1)),
    key_compromised       INTEGER NOT NULL DEFAULT 0 CHECK (key_compromised IN (0, 1)),
    protection_notes      TEXT NOT NULL DEFAULT '',
    consequences          TEXT NOT NULL DEFAULT '',
    risk_level            TEXT NOT NULL DEFAULT '',
    risk_reasoning        TEXT NOT NULL DEFAULT '',
    decided_by            TEXT NOT NULL DEFAULT '',
    dpo_advice            TEXT NOT NULL DEFAULT '',
    notify_ap             TEXT NOT NULL DEFAULT '' CHECK (notify_ap IN ('', 'yes', 'no')),
    notify_ap_reasoning   TEXT NOT NULL DEFAULT '',
    ap_notified_at        TEXT,
    ap_reference          TEXT NOT NULL DEFAULT '',
    ap_phase              TEXT NOT NULL DEFAULT '',
    delay_reasons         TEXT NOT NULL DEFAULT '',
    contact_point         TEXT NOT NULL DEFAULT '',
    cross_border          INTEGER NOT NULL DEFAULT 0 CHECK (cross_border IN (0, 1)),
    other_authorities     TEXT NOT NULL DEFAULT '',
    telecom_act           INTEGER NOT NULL DEFAULT 0 CHECK (telecom_act IN (0, 1)),
    inform_subjects       TEXT NOT NULL DEFAULT '',
    art34_exception       TEXT NOT NULL DEFAULT '',
    inform_reasoning      TEXT NOT NULL DEFAULT '',
    subjects_informed_at  TEXT,
    inform_channel        TEXT NOT NULL DEFAULT '',
    ap_required_informing INTEGER NOT NULL DEFAULT 0 CHECK (ap_required_informing IN (0, 1)),
    other_notifications   TEXT NOT NULL DEFAULT '',
    measures              TEXT NOT NULL DEFAULT '',
    lessons               TEXT NOT NULL DEFAULT '',
    closed_on             TEXT,
    closed_by             TEXT NOT NULL DEFAULT '',
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    row_version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX breach_notify_by ON breach(notify_by);
CREATE INDEX breach_status ON breach(status);

CREATE TABLE breach_cia (
    breach_id %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    aspect    TEXT NOT NULL,
    PRIMARY KEY (breach_id, aspect)
);
CREATE TABLE breach_effect (
    breach_id %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    effect    TEXT NOT NULL,
    PRIMARY KEY (breach_id, effect)
);
CREATE TABLE breach_activity (
    breach_id   %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    activity_id %BIGINT% NOT NULL REFERENCES activity(id),
    PRIMARY KEY (breach_id, activity_id)
);
CREATE INDEX breach_activity_activity ON breach_activity(activity_id);
CREATE TABLE breach_data_type (
    breach_id %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    data_type TEXT NOT NULL,
    PRIMARY KEY (breach_id, data_type)
);
CREATE TABLE breach_special_category (
    breach_id %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    category  TEXT NOT NULL,
    PRIMARY KEY (breach_id, category)
);
CREATE TABLE breach_vulnerable_group (
    breach_id        %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    vulnerable_group TEXT NOT NULL,
    PRIMARY KEY (breach_id, vulnerable_group)
);
CREATE TABLE breach_harm (
    breach_id %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    harm      TEXT NOT NULL,
    PRIMARY KEY (breach_id, harm)
);
CREATE TABLE breach_action (
    id          %ID%,
    breach_id   %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    due_on      TEXT,
    done_on     TEXT
);
CREATE INDEX breach_action_breach ON breach_action(breach_id);
CREATE TABLE breach_controller (
    id           %ID%,
    breach_id    %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    party_id     %BIGINT% REFERENCES party(id),
    agreement_id %BIGINT% REFERENCES agreement(id),
    due_at       TEXT,
    notified_at  TEXT
);
CREATE INDEX breach_controller_breach ON breach_controller(breach_id);
CREATE INDEX breach_controller_party ON breach_controller(party_id);
CREATE INDEX breach_controller_agreement ON breach_controller(agreement_id);
