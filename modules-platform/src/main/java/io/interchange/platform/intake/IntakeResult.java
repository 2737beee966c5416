package io.interchange.platform.intake;

/** How many events of a request were accepted and how many were duplicates of earlier ones. */
public record IntakeResult(int accepted, int duplicates) {

    public boolean allDuplicates() {
        return accepted == 0 && duplicates > 0;
    }
}
