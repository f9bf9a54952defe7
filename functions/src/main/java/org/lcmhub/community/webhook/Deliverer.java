package org.lcmhub.community.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.lcmhub.community.store.DeliveryStore;

/**
 * Sends one post to one of a cohort's webhooks, at least once and once per event: the delivery is
 * claimed first (a second run, or a retry of the whole job, skips it), then posted with up to
 * {@link #ATTEMPTS} tries — again after a 5xx, a 429 or a network failure, waiting twice as long
 * each time (or what {@code Retry-After} asks, up to a minute); any other 4xx is final. Posts to
 * one channel are paced at most one per {@link #PACE} (Slack's documented rate for incoming
 * webhooks; the others allow as much), so a busy run is not throttled by the provider.
 */
public final class Deliverer {
    public static final int ATTEMPTS = 4;
    public static final Duration PACE = Duration.ofSeconds(1);
    /** Longer than every try and wait together, so a live run is never taken over. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    /** A webhook of a cohort as kept: its audience ({@code learners} or {@code staff}), kind and sealed address. */
    public record Hook(String cohortId, String audience, WebhookKind kind, String sealedUrl) {
        /** The hook with {@code url} sealed for its channel: opened only as this cohort's and audience's. */
        public static Hook sealed(String cohortId, String audience, WebhookKind kind, String url, SecretBox box) {
            return new Hook(cohortId, audience, kind, box.seal(url, context(cohortId, audience)));
        }

        String context() {
            return context(cohortId, audience);
        }

        private static String context(String cohortId, String audience) {
            return cohortId + "/" + audience;
        }
    }

    public enum Outcome { SENT, ALREADY, FAILED }

    /** Waits between tries (a real sleep, or nothing in tests that count the tries). */
    public interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    private final DeliveryStore deliveries;
    private final SecretBox secrets;
    private final WebhookSender sender;
    private final Clock clock;
    private final Duration firstWait;
    private final Pause pause;
    /** When each channel (cohort and audience) was last posted to by this environment. */
    private final java.util.Map<String, java.time.Instant> lastPost = new java.util.concurrent.ConcurrentHashMap<>();

    public Deliverer(DeliveryStore deliveries, SecretBox secrets, WebhookSender sender, Clock clock, Duration firstWait,
                     Pause pause) {
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.sender = sender;
        this.clock = clock;
        this.firstWait = firstWait;
        this.pause = pause;
    }

    public Outcome deliver(Hook hook, Post post) {
        if (!deliveries.claim(hook.cohortId(), hook.audience(), post.eventId(), post.event(), clock.instant(),
                clock.instant().plus(LEASE))) {
            return Outcome.ALREADY;
        }
        String url;
        try {
            url = secrets.open(hook.sealedUrl(), hook.context());
        } catch (IllegalStateException e) {
            // Sealed with another key (a restored copy of the data): the team sets the webhook again.
            return failed(hook, post, 0, "the stored address does not open with this hub's key");
        } catch (RuntimeException e) {
            // The key service did not answer (KMS throttled or unreachable): the claim is left to
            // lapse, so a later run within the event's window takes the delivery over, and this
            // run goes on with the other channels.
            return Outcome.FAILED;
        }
        String body = Payloads.body(hook.kind(), post);
        String error = null;
        if (!paced(hook)) {
            return failed(hook, post, 0, "interrupted");
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long retryAfter = -1;
            try {
                WebhookSender.Answer answer = sender.post(url, body);
                if (answer.status() / 100 == 2) {
                    deliveries.finish(hook.cohortId(), hook.audience(), post.eventId(), "sent", attempt, null, clock.instant());
                    return Outcome.SENT;
                }
                error = "HTTP " + answer.status();
                if (answer.status() != 429 && answer.status() < 500) {
                    return failed(hook, post, attempt, error);
                }
                retryAfter = answer.retryAfterSeconds();
            } catch (IOException e) {
                // The address is never in the log: it is the channel's credential.
                error = "network: " + e.getClass().getSimpleName();
            }
            if (attempt < ATTEMPTS && !waited(retryAfter >= 0 ? Duration.ofSeconds(Math.min(retryAfter, 60))
                    : firstWait.multipliedBy(1L << (attempt - 1)))) {
                return failed(hook, post, attempt, "interrupted");
            }
        }
        return failed(hook, post, ATTEMPTS, error);
    }

    /** Waits a full {@link #PACE} when this channel had a post less than that ago; a retry is paced by its back-off. */
    private boolean paced(Hook hook) {
        java.time.Instant now = clock.instant();
        java.time.Instant last = lastPost.put(hook.context(), now);
        if (last == null || !now.isBefore(last.plus(PACE)) || now.isBefore(last)) {
            return true;
        }
        boolean waited = waited(PACE);
        lastPost.put(hook.context(), clock.instant());
        return waited;
    }

    private boolean waited(Duration d) {
        try {
            pause.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Outcome failed(Hook hook, Post post, int attempts, String error) {
        deliveries.finish(hook.cohortId(), hook.audience(), post.eventId(), "failed", attempts, error, clock.instant());
        return Outcome.FAILED;
    }
}
