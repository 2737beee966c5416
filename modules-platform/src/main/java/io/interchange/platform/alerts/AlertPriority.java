package io.interchange.platform.alerts;

/** How urgent an alert is. */
public enum AlertPriority {
    HIGH
}
