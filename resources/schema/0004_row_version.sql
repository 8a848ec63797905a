-- Schema version 4: optimistic concurrency. Every row of an editable register item carries its
-- version, bumped by each update (UPDATE ... SET row_version = row_version + 1 WHERE id = ? AND
-- row_version = ?): a save based on a row someone else changed meanwhile matches nothing and is
-- refused instead of silently overwriting. Existing rows start at version 1.
-- SQLite 3.15 (SQLCipher 3.4): ADD COLUMN with NOT NULL needs a non-null default.

ALTER TABLE organisation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE party ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE security_measure ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE retention_rule ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE activity ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE processor_activity ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agreement ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
