-- Schema version 24: what a supplier file holds beside the contract (the Dutch ecosystem, part 6).
-- The model an agreement follows and its version, the main contract, where the data is processed and
-- the transfer safeguard, the exit strategy, where the document is kept, whether it is a cloud
-- service; its annexes (privacy inserts, security annex, Data Pro Statement), the supplier's
-- assurance reports and certificates with their validity, and the yearly supplier reviews.
-- Nothing is rebuilt.
ALTER TABLE agreement ADD COLUMN model TEXT NOT NULL DEFAULT ''
    CHECK (model IN ('', 'standard_vwo_municipalities', 'education_model_4', 'education_general_model',
                     'data_pro_code', 'arvodi_2018', 'arvodi_2018_wpg', 'own', 'supplier', 'other'));
ALTER TABLE agreement ADD COLUMN model_version TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement ADD COLUMN main_contract_ref TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement ADD COLUMN locations TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement ADD COLUMN transfer_safeguard TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement ADD COLUMN exit_strategy TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement ADD COLUMN document_location TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement ADD COLUMN cloud_service INTEGER NOT NULL DEFAULT 0 CHECK (cloud_service IN (0, 1));
CREATE TABLE agreement_annex (
    id           %ID%,
    agreement_id %BIGINT% NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('privacy_insert', 'security_annex', 'data_pro_statement',
                                               'subprocessor_list', 'processing_specification', 'other')),
    product      TEXT NOT NULL DEFAULT '',
    version      TEXT NOT NULL DEFAULT '',
    dated        TEXT,
    reference    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agreement_annex_owner ON agreement_annex(agreement_id, position);
CREATE TABLE agreement_assurance (
    id           %ID%,
    agreement_id %BIGINT% NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('iso27001', 'nen7510', 'isae3402', 'soc2', 'tpm', 'rosa',
                                               'data_pro_certificate', 'privacy_audit_proof', 'other')),
    issuer       TEXT NOT NULL DEFAULT '',
    scope        TEXT NOT NULL DEFAULT '',
    reference    TEXT NOT NULL DEFAULT '',
    issued_on    TEXT,
    valid_until  TEXT,
    CHECK (issued_on IS NULL OR valid_until IS NULL OR valid_until >= issued_on)
);
CREATE INDEX agreement_assurance_owner ON agreement_assurance(agreement_id, position);
CREATE TABLE agreement_review (
    id             %ID%,
    agreement_id   %BIGINT% NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    reviewed_on    TEXT NOT NULL,
    reviewed_by    TEXT NOT NULL DEFAULT '',
    outcome        TEXT NOT NULL CHECK (outcome IN ('adequate', 'actions_needed', 'inadequate')),
    residual_risks TEXT NOT NULL DEFAULT '',
    actions        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agreement_review_owner ON agreement_review(agreement_id, reviewed_on);
