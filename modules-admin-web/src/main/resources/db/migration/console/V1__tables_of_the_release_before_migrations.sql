-- The console's table as the last release without migrations left it (EclipseLink's
-- create-or-extend-tables); creates only what is missing (tables, and the columns a database of an earlier
-- release lacks, as nullable columns). One script for H2 and PostgreSQL.
-- CREATED_AT holds the serialized Instant EclipseLink chose for it (BYTEA; H2: BINARY VARYING).
CREATE TABLE IF NOT EXISTS CONSOLE_USER (
    NAME VARCHAR(64) NOT NULL,
    CREATED_AT BYTEA NOT NULL,
    CREATED_BY VARCHAR(64) NOT NULL,
    PASSWORD_HASH VARCHAR(512) NOT NULL,
    ROLE VARCHAR(16) NOT NULL,
    CONSTRAINT CONSOLE_USER_PK PRIMARY KEY (NAME)
);
ALTER TABLE CONSOLE_USER ADD COLUMN IF NOT EXISTS CREATED_AT BYTEA;
ALTER TABLE CONSOLE_USER ADD COLUMN IF NOT EXISTS CREATED_BY VARCHAR(64);
ALTER TABLE CONSOLE_USER ADD COLUMN IF NOT EXISTS PASSWORD_HASH VARCHAR(512);
ALTER TABLE CONSOLE_USER ADD COLUMN IF NOT EXISTS ROLE VARCHAR(16);
