-- The console's table as the last release without migrations left it (EclipseLink's
-- create-or-extend-tables); creates only what is missing. One script for H2 and PostgreSQL.
-- CREATED_AT holds the serialized Instant EclipseLink chose for it (BYTEA; H2: BINARY VARYING).
CREATE TABLE IF NOT EXISTS CONSOLE_USER (
    NAME VARCHAR(64) NOT NULL,
    CREATED_AT BYTEA NOT NULL,
    CREATED_BY VARCHAR(64) NOT NULL,
    PASSWORD_HASH VARCHAR(512) NOT NULL,
    ROLE VARCHAR(16) NOT NULL,
    CONSTRAINT CONSOLE_USER_PK PRIMARY KEY (NAME)
);
