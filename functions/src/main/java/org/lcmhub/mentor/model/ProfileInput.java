package org.lcmhub.mentor.model;

import java.util.List;

/** A profile as the mentor sent it, fields as received (null when absent or of the wrong type). */
public record ProfileInput(
        String name,
        List<String> paths,
        List<String> skills,
        List<String> languages,
        String timezone,
        Integer capacity,
        List<SlotInput> availability,
        Boolean paused,
        String mailLanguage) {

    /** One availability slot as received. */
    public record SlotInput(String day, String from, String to) {
    }
}
