package io.interchange.platform.alerts;

/** OPEN and ACKNOWLEDGED alerts are active: a new occurrence of their incident is counted on them. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED;

    public boolean active() {
        return this != RESOLVED;
    }
}
