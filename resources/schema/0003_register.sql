-- Schema version 3: the register proper. Processing activities as controller (Art. 30(1)) and as
-- processor (Art. 30(2)), the parties involved, processor and sub-processor agreements (Art. 28),
-- the retention-rule catalogue and reusable security measures (Art. 32).
-- Enumerations are CHECK-constrained text codes; the UI translates them. Dates are YYYY-MM-DD,
-- timestamps UTC ISO 8601, kept as text; booleans are 0/1 integers. processor_activity comes
-- before transfer, which references it (PostgreSQL refuses a forward reference).

CREATE TABLE party (
    id            %ID%,
    uuid          TEXT UNIQUE NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    country       TEXT NOT NULL DEFAULT '',
    contact_name  TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    dpo_name      TEXT NOT NULL DEFAULT '',
    dpo_contact   TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    retired       INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX party_name ON party(name);

-- A party can have several roles.
CREATE TABLE party_role (
    party_id %BIGINT% NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('controller', 'joint_controller', 'processor', 'sub_processor',
                                           'recipient')),
    PRIMARY KEY (party_id, role)
);

CREATE TABLE security_measure (
    id          %ID%,
    uuid        TEXT UNIQUE NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'technical' CHECK (kind IN ('technical', 'organisational')),
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE retention_rule (
    id                %ID%,
    uuid              TEXT UNIQUE NOT NULL,
    seed_key          TEXT UNIQUE,           -- set on entries of the seeded catalogue
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    period_count      INTEGER CHECK (period_count IS NULL OR period_count > 0),
    period_unit       TEXT NOT NULL DEFAULT '' CHECK (period_unit IN ('', 'days', 'weeks', 'months', 'years')),
    trigger_text      TEXT NOT NULL DEFAULT '',
    basis_type        TEXT NOT NULL DEFAULT 'policy' CHECK (basis_type IN ('statute', 'guidance', 'policy',
                                                                           'contract')),
    legal_source      TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    legal_hold        INTEGER NOT NULL DEFAULT 0 CHECK (legal_hold IN (0, 1)),
    legal_hold_reason TEXT NOT NULL DEFAULT '',
    retired           INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

-- Art. 28 agreements, in both directions, and sub-processor agreements chained to the agreement
-- above them (parent) to any depth. NULL party = our own organisation.
CREATE TABLE agreement (
    id                        %ID%,
    uuid                      TEXT UNIQUE NOT NULL,
    title                     TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind                      TEXT NOT NULL DEFAULT 'processing' CHECK (kind IN ('processing', 'sub_processing')),
    controller_party_id       %BIGINT% REFERENCES party(id),
    processor_party_id        %BIGINT% REFERENCES party(id),
    parent_agreement_id       %BIGINT% REFERENCES agreement(id),
    subject_matter            TEXT NOT NULL DEFAULT '',
    duration                  TEXT NOT NULL DEFAULT '',
    nature_purpose            TEXT NOT NULL DEFAULT '',
    data_types                TEXT NOT NULL DEFAULT '',
    subject_categories        TEXT NOT NULL DEFAULT '',
    signed_on                 TEXT,
    effective_on              TEXT,
    expires_on                TEXT,
    review_on                 TEXT,
    subprocessor_authorisation TEXT NOT NULL DEFAULT '' CHECK (subprocessor_authorisation IN ('', 'specific',
                                                                                             'general')),
    objection_window_days     INTEGER CHECK (objection_window_days IS NULL OR objection_window_days > 0),
    audit_evidence            TEXT NOT NULL DEFAULT '',
    end_of_contract           TEXT NOT NULL DEFAULT '' CHECK (end_of_contract IN ('', 'deleted', 'returned')),
    end_of_contract_proof     TEXT NOT NULL DEFAULT '',
    status                    TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'terminated')),
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    CHECK (controller_party_id IS NOT NULL OR processor_party_id IS NOT NULL)
);
CREATE INDEX agreement_parent ON agreement(parent_agreement_id);

-- Art. 28(3)(a)-(h) and the notice of an infringing instruction, each with the clause reference.
CREATE TABLE agreement_clause (
    agreement_id %BIGINT% NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    clause       TEXT NOT NULL CHECK (clause IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'infringement_notice')),
    ticked       INTEGER NOT NULL DEFAULT 0 CHECK (ticked IN (0, 1)),
    reference    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (agreement_id, clause)
);

-- Art. 28(2): under general authorisation, notices of intended sub-processor changes.
CREATE TABLE subprocessor_notice (
    id                 %ID%,
    uuid               TEXT UNIQUE NOT NULL,
    agreement_id       %BIGINT% NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    received_on        TEXT NOT NULL,
    change_description TEXT NOT NULL DEFAULT '',
    objection_deadline TEXT,
    decision           TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'accepted', 'objected')),
    decided_on         TEXT,
    notes              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX subprocessor_notice_agreement ON subprocessor_notice(agreement_id);

-- Signed documents and evidence, kept inside the encrypted register.
CREATE TABLE attachment (
    id           %ID%,
    uuid         TEXT UNIQUE NOT NULL,
    agreement_id %BIGINT% NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    mime_type    TEXT NOT NULL DEFAULT 'application/octet-stream',
    size         %BIGINT% NOT NULL CHECK (size >= 0),
    sha256       TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    content      %BLOB% NOT NULL,
    added_at     TEXT NOT NULL
);
CREATE INDEX attachment_agreement ON attachment(agreement_id);

CREATE TABLE agreement_measure (
    agreement_id %BIGINT% NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    measure_id   %BIGINT% NOT NULL REFERENCES security_measure(id),
    PRIMARY KEY (agreement_id, measure_id)
);

-- Art. 30(1): a processing activity of ours as controller. One purpose per activity (AP advice).
CREATE TABLE activity (
    id                   %ID%,
    uuid                 TEXT UNIQUE NOT NULL,
    name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
    purpose              TEXT NOT NULL DEFAULT '',
    description          TEXT NOT NULL DEFAULT '',
    art9_exception       TEXT NOT NULL DEFAULT '' CHECK (art9_exception IN ('', 'a', 'b', 'c', 'd', 'e', 'f', 'g',
                                                                          'h', 'i', 'j')),
    art9_national_ground TEXT NOT NULL DEFAULT '',
    lia_reference        TEXT NOT NULL DEFAULT '',
    criminal_data        INTEGER NOT NULL DEFAULT 0 CHECK (criminal_data IN (0, 1)),
    criminal_data_ground TEXT NOT NULL DEFAULT '',
    bsn                  INTEGER NOT NULL DEFAULT 0 CHECK (bsn IN (0, 1)),
    bsn_ground           TEXT NOT NULL DEFAULT '',
    data_source          TEXT NOT NULL DEFAULT '',
    systems              TEXT NOT NULL DEFAULT '',
    storage_location     TEXT NOT NULL DEFAULT '',
    automated_decisions  INTEGER NOT NULL DEFAULT 0 CHECK (automated_decisions IN (0, 1)),
    profiling            INTEGER NOT NULL DEFAULT 0 CHECK (profiling IN (0, 1)),
    automated_logic      TEXT NOT NULL DEFAULT '',
    dpia_required        TEXT NOT NULL DEFAULT 'unknown' CHECK (dpia_required IN ('unknown', 'yes', 'no')),
    dpia_reasoning       TEXT NOT NULL DEFAULT '',
    dpia_status          TEXT NOT NULL DEFAULT 'not_started' CHECK (dpia_status IN ('not_started', 'in_progress',
                                                                                   'completed')),
    dpia_reference       TEXT NOT NULL DEFAULT '',
    owner_department     TEXT NOT NULL DEFAULT '',
    owner_person         TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved', 'retired')),
    last_reviewed        TEXT,
    next_review          TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX activity_name ON activity(name);
CREATE INDEX activity_status ON activity(status);

CREATE TABLE activity_lawful_basis (
    activity_id %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    basis       TEXT NOT NULL CHECK (basis IN ('a', 'b', 'c', 'd', 'e', 'f')),
    PRIMARY KEY (activity_id, basis)
);

-- The Dutch AP's list (2019) of processing that always needs a DPIA, as reasons.
CREATE TABLE activity_dpia_criterion (
    activity_id %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    criterion   TEXT NOT NULL CHECK (criterion IN ('covert_investigation', 'blacklists', 'fraud_prevention',
        'credit_scores', 'financial_situation', 'genetic_data', 'health_data', 'data_sharing_partnerships',
        'camera_surveillance', 'flexible_camera_surveillance', 'employee_monitoring', 'location_data',
        'communication_data', 'internet_of_things', 'profiling', 'behaviour_observation', 'biometric_data')),
    PRIMARY KEY (activity_id, criterion)
);

CREATE TABLE activity_subject_category (
    id          %ID%,
    activity_id %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0)
);
CREATE INDEX activity_subject_category_activity ON activity_subject_category(activity_id);

-- Art. 30(1)(c) and (f): each data category with its special kind (Art. 9(1)) and retention rule.
CREATE TABLE activity_data_category (
    id                %ID%,
    activity_id       %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    special_category  TEXT NOT NULL DEFAULT '' CHECK (special_category IN ('', 'racial_ethnic_origin',
        'political_opinions', 'religious_beliefs', 'trade_union_membership', 'genetic', 'biometric', 'health',
        'sex_life_orientation')),
    retention_rule_id %BIGINT% REFERENCES retention_rule(id)
);
CREATE INDEX activity_data_category_activity ON activity_data_category(activity_id);
CREATE INDEX activity_data_category_rule ON activity_data_category(retention_rule_id);

-- Art. 30(1)(d): categories of recipients.
CREATE TABLE activity_recipient (
    id          %ID%,
    activity_id %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    party_id    %BIGINT% REFERENCES party(id),
    kind        TEXT NOT NULL DEFAULT 'external' CHECK (kind IN ('internal', 'external', 'processor', 'authority')),
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_recipient_activity ON activity_recipient(activity_id);

-- Art. 30(2): processing we carry out as a processor, per controller we act for.
CREATE TABLE processor_activity (
    id                    %ID%,
    uuid                  TEXT UNIQUE NOT NULL,
    name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
    controller_party_id   %BIGINT% REFERENCES party(id),
    processing_categories TEXT NOT NULL DEFAULT '',
    description           TEXT NOT NULL DEFAULT '',
    storage_location      TEXT NOT NULL DEFAULT '',
    owner_department      TEXT NOT NULL DEFAULT '',
    owner_person          TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved',
                                                                        'retired')),
    last_reviewed         TEXT,
    next_review           TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

-- Art. 30(1)(e) / 30(2)(c): transfers to third countries. Exactly one owner.
CREATE TABLE transfer (
    id                     %ID%,
    activity_id            %BIGINT% REFERENCES activity(id) ON DELETE CASCADE,
    processor_activity_id  %BIGINT% REFERENCES processor_activity(id) ON DELETE CASCADE,
    position               INTEGER NOT NULL,
    country                TEXT NOT NULL DEFAULT '',
    party_id               %BIGINT% REFERENCES party(id),
    mechanism              TEXT NOT NULL DEFAULT '' CHECK (mechanism IN ('', 'adequacy', 'dpf', 'scc', 'bcr',
                                                                         'derogation', 'other')),
    scc_module             TEXT NOT NULL DEFAULT '' CHECK (scc_module IN ('', 'c2c', 'c2p', 'p2p', 'p2c')),
    tia_reference          TEXT NOT NULL DEFAULT '',
    dpf_checked_on         TEXT,
    safeguards             TEXT NOT NULL DEFAULT '',
    CHECK ((activity_id IS NULL) <> (processor_activity_id IS NULL))
);
CREATE INDEX transfer_activity ON transfer(activity_id);
CREATE INDEX transfer_processor_activity ON transfer(processor_activity_id);

CREATE TABLE activity_measure (
    activity_id %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    measure_id  %BIGINT% NOT NULL REFERENCES security_measure(id),
    PRIMARY KEY (activity_id, measure_id)
);

CREATE TABLE activity_agreement (
    activity_id  %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    agreement_id %BIGINT% NOT NULL REFERENCES agreement(id),
    PRIMARY KEY (activity_id, agreement_id)
);

CREATE TABLE processor_activity_measure (
    processor_activity_id %BIGINT% NOT NULL REFERENCES processor_activity(id) ON DELETE CASCADE,
    measure_id            %BIGINT% NOT NULL REFERENCES security_measure(id),
    PRIMARY KEY (processor_activity_id, measure_id)
);

CREATE TABLE processor_activity_agreement (
    processor_activity_id %BIGINT% NOT NULL REFERENCES processor_activity(id) ON DELETE CASCADE,
    agreement_id          %BIGINT% NOT NULL REFERENCES agreement(id),
    PRIMARY KEY (processor_activity_id, agreement_id)
);
