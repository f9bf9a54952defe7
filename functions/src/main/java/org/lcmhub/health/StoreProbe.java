package org.lcmhub.health;

/** A cheap read that proves the store answers. */
@FunctionalInterface
public interface StoreProbe {
    /** Returns normally when the store answered; throws otherwise. */
    void ping();
}
