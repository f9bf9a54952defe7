package org.lcmhub.guides.model;

/**
 * Where a change set is in its review. The wire names are stored data: never rename one.
 * Approval publishes the whole set at once, so "approved" is never a resting state.
 */
public enum ChangeSetState {
    DRAFT("draft"),
    IN_REVIEW("in-review"),
    CHANGES_REQUESTED("changes-requested"),
    PUBLISHED("published");

    private final String wire;

    ChangeSetState(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Its authors may still change the guides. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    public static ChangeSetState of(String wire) {
        for (ChangeSetState s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown change set state " + wire);
    }
}
