package org.lcmhub.appointments.model;

import java.time.Instant;
import java.time.LocalDate;

/** What a mentor wrote after a 1:1 on {@code date}; the cohort's LCM team reads it too. */
public record SessionNote(String sessionId, String learnerId, String cohortId, String mentorId, LocalDate date,
                          String text, Instant createdAt) {
}
