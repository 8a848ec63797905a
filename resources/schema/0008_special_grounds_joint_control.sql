-- custodian: rebuilds tables
-- Schema version 8: the Art. 9(2) exception per special category, joint controllers per activity,
-- the processor's record for several controllers, and the Art. 27 representative of a party
-- (DOMAIN-REVIEW A6, A14, A22). The values that move are copied to their new place first; then
-- the columns they leave are dropped (SQLite: the table is rebuilt), so nothing says two things.

-- A6: the exception belongs to the special category, with the Union or Dutch law it rests on
-- (UAVG arts. 22-30) where Art. 9(2)(b), (g), (h), (i) or (j) requires one.
ALTER TABLE activity_data_category ADD COLUMN art9_exception TEXT NOT NULL DEFAULT ''
    CHECK (art9_exception IN ('', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'));
ALTER TABLE activity_data_category ADD COLUMN national_ground TEXT NOT NULL DEFAULT '';
-- Every special category of an activity takes the exception the activity had as a whole.
UPDATE activity_data_category
    SET art9_exception = (SELECT a.art9_exception FROM activity a WHERE a.id = activity_data_category.activity_id),
        national_ground = (SELECT a.art9_national_ground FROM activity a
                           WHERE a.id = activity_data_category.activity_id)
    WHERE special_category <> '';

-- A14: Art. 26 concerns particular processing: the joint controllers of an activity, each a party,
-- with the reference of the arrangement, its essence (Art. 26(2)) and the contact point for data
-- subjects. The organisation's own list moves into parties when the register is opened.
CREATE TABLE activity_joint_controller (
    id              %ID%,
    activity_id     %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    party_id        %BIGINT% NOT NULL REFERENCES party(id),
    arrangement_ref TEXT NOT NULL DEFAULT '',
    essence         TEXT NOT NULL DEFAULT '',
    contact_point   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_joint_controller_activity ON activity_joint_controller(activity_id);
CREATE INDEX activity_joint_controller_party ON activity_joint_controller(party_id);

-- A22: a processor acts for each controller of Art. 30(2)(a); one record serves all of them.
CREATE TABLE processor_activity_controller (
    processor_activity_id %BIGINT% NOT NULL REFERENCES processor_activity(id) ON DELETE CASCADE,
    party_id              %BIGINT% NOT NULL REFERENCES party(id),
    PRIMARY KEY (processor_activity_id, party_id)
);
CREATE INDEX processor_activity_controller_party ON processor_activity_controller(party_id);
INSERT INTO processor_activity_controller (processor_activity_id, party_id)
    SELECT id, controller_party_id FROM processor_activity WHERE controller_party_id IS NOT NULL;
-- What the processor needs to assess a breach for each controller (Art. 33(2)) and to help with
-- requests (Art. 28(3)(e)): the data subjects and data it processes, the special kinds, the source.
ALTER TABLE processor_activity ADD COLUMN subject_categories TEXT NOT NULL DEFAULT '';
ALTER TABLE processor_activity ADD COLUMN data_categories TEXT NOT NULL DEFAULT '';
ALTER TABLE processor_activity ADD COLUMN special_categories INTEGER NOT NULL DEFAULT 0
    CHECK (special_categories IN (0, 1));
ALTER TABLE processor_activity ADD COLUMN criminal_data INTEGER NOT NULL DEFAULT 0 CHECK (criminal_data IN (0, 1));
ALTER TABLE processor_activity ADD COLUMN bsn INTEGER NOT NULL DEFAULT 0 CHECK (bsn IN (0, 1));
ALTER TABLE processor_activity ADD COLUMN data_source TEXT NOT NULL DEFAULT '';

-- A22: the representative in the Union of a controller or processor outside it (Arts. 27, 30(2)(a)).
ALTER TABLE party ADD COLUMN representative TEXT NOT NULL DEFAULT '';

-- A15: Art. 28(3)(g) is delete, or return and delete the copies, unless a law requires storage:
-- two more answers (the check below is replaced), and the law that requires storage.
ALTER TABLE agreement ADD COLUMN end_of_contract_law TEXT NOT NULL DEFAULT '';

-- The columns whose values moved above.
-- dialect: postgres
ALTER TABLE activity DROP COLUMN art9_exception;
ALTER TABLE activity DROP COLUMN art9_national_ground;
ALTER TABLE processor_activity DROP COLUMN controller_party_id;
ALTER TABLE agreement DROP CONSTRAINT agreement_end_of_contract_check;
ALTER TABLE agreement ADD CONSTRAINT agreement_end_of_contract_check
    CHECK (end_of_contract IN ('', 'deleted', 'returned_and_deleted', 'returned', 'retained_by_law'));
-- dialect: sqlite
-- SQLite 3.15 has no DROP COLUMN: each table is created anew with its other columns, in their
-- order, the rows copied with their ids, and the old one replaced (foreign keys are off meanwhile
-- and checked before the commit).
CREATE TABLE activity_rebuilt (
    id                           %ID%,
    uuid                         TEXT UNIQUE NOT NULL,
    name                         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    purpose                      TEXT NOT NULL DEFAULT '',
    description                  TEXT NOT NULL DEFAULT '',
    lia_reference                TEXT NOT NULL DEFAULT '',
    criminal_data                INTEGER NOT NULL DEFAULT 0 CHECK (criminal_data IN (0, 1)),
    criminal_data_ground         TEXT NOT NULL DEFAULT '',
    bsn                          INTEGER NOT NULL DEFAULT 0 CHECK (bsn IN (0, 1)),
    bsn_ground                   TEXT NOT NULL DEFAULT '',
    data_source                  TEXT NOT NULL DEFAULT '',
    systems                      TEXT NOT NULL DEFAULT '',
    storage_location             TEXT NOT NULL DEFAULT '',
    automated_decisions          INTEGER NOT NULL DEFAULT 0 CHECK (automated_decisions IN (0, 1)),
    profiling                    INTEGER NOT NULL DEFAULT 0 CHECK (profiling IN (0, 1)),
    automated_logic              TEXT NOT NULL DEFAULT '',
    dpia_required                TEXT NOT NULL DEFAULT 'unknown' CHECK (dpia_required IN ('unknown', 'yes', 'no')),
    dpia_reasoning               TEXT NOT NULL DEFAULT '',
    dpia_status                  TEXT NOT NULL DEFAULT 'not_started' CHECK (dpia_status IN ('not_started',
                                                                                           'in_progress', 'completed')),
    dpia_reference               TEXT NOT NULL DEFAULT '',
    owner_department             TEXT NOT NULL DEFAULT '',
    owner_person                 TEXT NOT NULL DEFAULT '',
    status                       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved',
                                                                                 'retired')),
    last_reviewed                TEXT,
    next_review                  TEXT,
    created_at                   TEXT NOT NULL,
    updated_at                   TEXT NOT NULL,
    row_version                  INTEGER NOT NULL DEFAULT 1,
    basis_scope                  TEXT NOT NULL DEFAULT '',
    legal_provision              TEXT NOT NULL DEFAULT '',
    legitimate_interest          TEXT NOT NULL DEFAULT '',
    consent_record               TEXT NOT NULL DEFAULT '',
    consent_withdrawal           TEXT NOT NULL DEFAULT '',
    no_recipients                INTEGER NOT NULL DEFAULT 0 CHECK (no_recipients IN (0, 1)),
    art22_exception              TEXT NOT NULL DEFAULT '' CHECK (art22_exception IN ('', 'contract', 'law',
                                                                                     'explicit_consent')),
    art22_law_reference          TEXT NOT NULL DEFAULT '',
    art22_safeguards             TEXT NOT NULL DEFAULT '',
    public_monitoring            INTEGER NOT NULL DEFAULT 0 CHECK (public_monitoring IN (0, 1)),
    dpia_screened_by             TEXT NOT NULL DEFAULT '',
    dpia_screened_on             TEXT,
    dpia_completed_on            TEXT,
    dpia_residual_risk           TEXT NOT NULL DEFAULT '' CHECK (dpia_residual_risk IN ('', 'low', 'medium', 'high')),
    prior_consultation_on        TEXT,
    prior_consultation_reference TEXT NOT NULL DEFAULT '',
    prior_consultation_outcome   TEXT NOT NULL DEFAULT '',
    dpia_review_on               TEXT,
    approved_by                  TEXT NOT NULL DEFAULT '',
    approved_on                  TEXT,
    children                     INTEGER NOT NULL DEFAULT 0 CHECK (children IN (0, 1)),
    source_public                INTEGER NOT NULL DEFAULT 0 CHECK (source_public IN (0, 1))
);
INSERT INTO activity_rebuilt (id, uuid, name, purpose, description, lia_reference, criminal_data, criminal_data_ground,
        bsn, bsn_ground, data_source, systems, storage_location, automated_decisions, profiling, automated_logic,
        dpia_required, dpia_reasoning, dpia_status, dpia_reference, owner_department, owner_person, status,
        last_reviewed, next_review, created_at, updated_at, row_version, basis_scope, legal_provision,
        legitimate_interest, consent_record, consent_withdrawal, no_recipients, art22_exception, art22_law_reference,
        art22_safeguards, public_monitoring, dpia_screened_by, dpia_screened_on, dpia_completed_on, dpia_residual_risk,
        prior_consultation_on, prior_consultation_reference, prior_consultation_outcome, dpia_review_on, approved_by,
        approved_on, children, source_public)
    SELECT id, uuid, name, purpose, description, lia_reference, criminal_data, criminal_data_ground,
        bsn, bsn_ground, data_source, systems, storage_location, automated_decisions, profiling, automated_logic,
        dpia_required, dpia_reasoning, dpia_status, dpia_reference, owner_department, owner_person, status,
        last_reviewed, next_review, created_at, updated_at, row_version, basis_scope, legal_provision,
        legitimate_interest, consent_record, consent_withdrawal, no_recipients, art22_exception, art22_law_reference,
        art22_safeguards, public_monitoring, dpia_screened_by, dpia_screened_on, dpia_completed_on, dpia_residual_risk,
        prior_consultation_on, prior_consultation_reference, prior_consultation_outcome, dpia_review_on, approved_by,
        approved_on, children, source_public
    FROM activity;
DROP TABLE activity;
ALTER TABLE activity_rebuilt RENAME TO activity;
CREATE INDEX activity_name ON activity(name);
CREATE INDEX activity_status ON activity(status);

CREATE TABLE processor_activity_rebuilt (
    id                    %ID%,
    uuid                  TEXT UNIQUE NOT NULL,
    name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
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
    updated_at            TEXT NOT NULL,
    row_version           INTEGER NOT NULL DEFAULT 1,
    subject_categories    TEXT NOT NULL DEFAULT '',
    data_categories       TEXT NOT NULL DEFAULT '',
    special_categories    INTEGER NOT NULL DEFAULT 0 CHECK (special_categories IN (0, 1)),
    criminal_data         INTEGER NOT NULL DEFAULT 0 CHECK (criminal_data IN (0, 1)),
    bsn                   INTEGER NOT NULL DEFAULT 0 CHECK (bsn IN (0, 1)),
    data_source           TEXT NOT NULL DEFAULT ''
);
INSERT INTO processor_activity_rebuilt (id, uuid, name, processing_categories, description, storage_location,
        owner_department, owner_person, status, last_reviewed, next_review, created_at, updated_at, row_version,
        subject_categories, data_categories, special_categories, criminal_data, bsn, data_source)
    SELECT id, uuid, name, processing_categories, description, storage_location,
        owner_department, owner_person, status, last_reviewed, next_review, created_at, updated_at, row_version,
        subject_categories, data_categories, special_categories, criminal_data, bsn, data_source
    FROM processor_activity;
DROP TABLE processor_activity;
ALTER TABLE processor_activity_rebuilt RENAME TO processor_activity;

-- SQLite cannot change a CHECK either: the agreements' table is rebuilt for the end-of-contract answers.
CREATE TABLE agreement_rebuilt (
    id                         %ID%,
    uuid                       TEXT UNIQUE NOT NULL,
    title                      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind                       TEXT NOT NULL DEFAULT 'processing' CHECK (kind IN ('processing', 'sub_processing')),
    controller_party_id        %BIGINT% REFERENCES party(id),
    processor_party_id         %BIGINT% REFERENCES party(id),
    parent_agreement_id        %BIGINT% REFERENCES agreement(id),
    subject_matter             TEXT NOT NULL DEFAULT '',
    duration                   TEXT NOT NULL DEFAULT '',
    nature_purpose             TEXT NOT NULL DEFAULT '',
    data_types                 TEXT NOT NULL DEFAULT '',
    subject_categories         TEXT NOT NULL DEFAULT '',
    signed_on                  TEXT,
    effective_on               TEXT,
    expires_on                 TEXT,
    review_on                  TEXT,
    subprocessor_authorisation TEXT NOT NULL DEFAULT '' CHECK (subprocessor_authorisation IN ('', 'specific',
                                                                                              'general')),
    objection_window_days      INTEGER CHECK (objection_window_days IS NULL OR objection_window_days > 0),
    audit_evidence             TEXT NOT NULL DEFAULT '',
    end_of_contract            TEXT NOT NULL DEFAULT '' CHECK (end_of_contract IN ('', 'deleted',
                                   'returned_and_deleted', 'returned', 'retained_by_law')),
    end_of_contract_proof      TEXT NOT NULL DEFAULT '',
    status                     TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'terminated')),
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL,
    row_version                INTEGER NOT NULL DEFAULT 1,
    controller_rights          TEXT NOT NULL DEFAULT '',
    window_counting            TEXT NOT NULL DEFAULT 'calendar_days' CHECK (window_counting IN ('calendar_days',
                                   'working_days', 'reg_1182_71')),
    window_start               TEXT NOT NULL DEFAULT 'sent' CHECK (window_start IN ('sent', 'received')),
    authorised_on              TEXT,
    authorisation_ref          TEXT NOT NULL DEFAULT '',
    end_of_contract_law        TEXT NOT NULL DEFAULT '',
    CHECK (controller_party_id IS NOT NULL OR processor_party_id IS NOT NULL)
);
INSERT INTO agreement_rebuilt (id, uuid, title, kind, controller_party_id, processor_party_id, parent_agreement_id,
        subject_matter, duration, nature_purpose, data_types, subject_categories, signed_on, effective_on, expires_on,
        review_on, subprocessor_authorisation, objection_window_days, audit_evidence, end_of_contract,
        end_of_contract_proof, status, created_at, updated_at, row_version, controller_rights, window_counting,
        window_start, authorised_on, authorisation_ref, end_of_contract_law)
    SELECT id, uuid, title, kind, controller_party_id, processor_party_id, parent_agreement_id,
        subject_matter, duration, nature_purpose, data_types, subject_categories, signed_on, effective_on, expires_on,
        review_on, subprocessor_authorisation, objection_window_days, audit_evidence, end_of_contract,
        end_of_contract_proof, status, created_at, updated_at, row_version, controller_rights, window_counting,
        window_start, authorised_on, authorisation_ref, end_of_contract_law
    FROM agreement;
DROP TABLE agreement;
ALTER TABLE agreement_rebuilt RENAME TO agreement;
CREATE INDEX agreement_parent ON agreement(parent_agreement_id);
