package org.lcmhub.community;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.domain.InvalidInput;

/**
 * A good question from the cohort's channel and its answer, saved by an LCM for every learner of
 * the cohort to read; the authors are named only as the LCM writes them (first names, with consent).
 */
public record FaqEntry(String cohortId, String entryId, String question, String answer, Instant createdAt) {
    public static final int MAX_QUESTION = 300;
    public static final int MAX_ANSWER = 3000;

    /** A valid entry, or {@link InvalidInput} naming the fields at fault. */
    public static FaqEntry of(String cohortId, String entryId, String question, String answer, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        String q = question == null ? "" : question.strip();
        String a = answer == null ? "" : answer.strip();
        if (q.isEmpty() || q.length() > MAX_QUESTION) {
            errors.put("question", "Write the question in 1 to " + MAX_QUESTION + " characters.");
        }
        if (a.isEmpty() || a.length() > MAX_ANSWER) {
            errors.put("answer", "Write the answer in 1 to " + MAX_ANSWER + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new FaqEntry(cohortId, entryId, q, a, now);
    }
}
