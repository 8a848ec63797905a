-- Schema version 16, SQLite only (PostgreSQL keeps its guards, which cost nothing there): the
-- audit log is guarded against changes and deletions by its triggers, not against inserts. A
-- trigger on INSERT makes SQLite copy every page an insert touches into the statement journal,
-- which SQLCipher encrypts: a merge of 100,000 request cases spent most of its time there. What the
-- two triggers refused stays refused: an INSERT OR REPLACE deletes the old row and so meets
-- audit_log_no_delete (recursive_triggers is on for every connection), and an entry without its
-- place in the chain is reported by the history's verification (which no longer seals such an
-- entry as a legacy one: HistoryChain::sealLegacyEntries).
-- dialect: sqlite
DROP TRIGGER audit_log_no_replace;
DROP TRIGGER audit_log_sealed;
