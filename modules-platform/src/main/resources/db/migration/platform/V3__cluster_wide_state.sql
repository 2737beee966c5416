-- What two servers sharing this database must agree on (io.interchange.platform.cluster): which one
-- does the work only one may do (leases), which ones are alive (members), the quotas of the keys, the
-- breakers' failure counts, which server relays an outbox row, and one active alert per incident.
-- Times are epoch milliseconds of the servers' clocks.

CREATE TABLE IF NOT EXISTS CLUSTER_LEASE (
    NAME VARCHAR(64) NOT NULL,
    HOLDER VARCHAR(200) NOT NULL,
    EXPIRES_AT BIGINT NOT NULL,
    CONSTRAINT CLUSTER_LEASE_PK PRIMARY KEY (NAME)
);

CREATE TABLE IF NOT EXISTS CLUSTER_MEMBER (
    SERVER_NAME VARCHAR(200) NOT NULL,
    SEEN_AT BIGINT NOT NULL,
    CONSTRAINT CLUSTER_MEMBER_PK PRIMARY KEY (SERVER_NAME)
);

CREATE TABLE IF NOT EXISTS QUOTA_BUCKET (
    NAME VARCHAR(300) NOT NULL,
    TOKENS DOUBLE PRECISION NOT NULL,
    UPDATED_MS BIGINT NOT NULL,
    CONSTRAINT QUOTA_BUCKET_PK PRIMARY KEY (NAME)
);

CREATE TABLE IF NOT EXISTS BREAKER_COUNT (
    SYSTEM_NAME VARCHAR(64) NOT NULL,
    FAILURES INTEGER NOT NULL,
    CONSTRAINT BREAKER_COUNT_PK PRIMARY KEY (SYSTEM_NAME)
);

-- The server whose relay sends the row; null for rows written before this version (any server takes them).
ALTER TABLE OUTBOX_MESSAGE ADD COLUMN IF NOT EXISTS RELAY_BY VARCHAR(200);

-- The incident key while the alert is OPEN or ACKNOWLEDGED, null once resolved: unique, so two servers
-- raising the same incident at once cannot both create its alert. Older duplicates (possible before)
-- are resolved first, the newest of each incident stays active.
ALTER TABLE ALERT ADD COLUMN IF NOT EXISTS ACTIVE_KEY VARCHAR(600);
UPDATE ALERT SET STATUS = 'RESOLVED', RESOLVED_AT = CURRENT_TIMESTAMP
    WHERE STATUS <> 'RESOLVED' AND EXISTS (SELECT 1 FROM ALERT LATER WHERE LATER.INCIDENT_KEY = ALERT.INCIDENT_KEY
        AND LATER.STATUS <> 'RESOLVED' AND LATER.ID > ALERT.ID);
UPDATE ALERT SET ACTIVE_KEY = INCIDENT_KEY WHERE STATUS <> 'RESOLVED';
CREATE UNIQUE INDEX IF NOT EXISTS ALERT_ACTIVE_KEY_IDX ON ALERT (ACTIVE_KEY);
