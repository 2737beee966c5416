-- The retention sweeps (platform.retention.Sweep) look for rows older than a cutoff: without these
-- indexes each sweep scans the whole table while the flow writes to it.
CREATE INDEX IF NOT EXISTS JOURNAL_AT_IDX ON JOURNAL_ENTRY (AT);
CREATE INDEX IF NOT EXISTS INBOUND_EVENT_RECEIVED_IDX ON INBOUND_EVENT (RECEIVED_AT);
CREATE INDEX IF NOT EXISTS PROCESSED_MESSAGE_AT_IDX ON PROCESSED_MESSAGE (PROCESSED_AT);
