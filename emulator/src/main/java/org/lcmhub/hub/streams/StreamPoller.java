package org.lcmhub.hub.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.hub.api.LocalFunction;
import org.lcmhub.hub.engine.AttributeJson;
import org.lcmhub.hub.template.LocalEnvironment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * What Lambda's event source mappings do for the template's {@code DynamoDB} events, against the
 * local store's stream: reads every shard in order, keeps the records a mapping's filters accept,
 * hands them to its function in batches of its {@code BatchSize} (the event Lambda sends), and on
 * an error or a reported {@code batchItemFailures} hands the batch over again from the first
 * failed record, up to {@code MaximumRetryAttempts} times (then it is logged, as the on-failure
 * destination would get it). A thread polls every {@link #EVERY_MS} ms; {@link #drain()} catches
 * up at once (the hub's {@code /dev/outbox} calls it, so a mail queued before is listed).
 */
public final class StreamPoller implements AutoCloseable {
    /** As Lambda polls a DynamoDB stream's shard: four times a second. */
    static final long EVERY_MS = 250;
    private static final int MAX_RETRIES_UNLIMITED = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A template mapping with its function, filters and table (local name). */
    public record Mapping(StreamEvents.StreamEvent event, LocalFunction function, String tableName) {
    }

    /**
     * The pollers of each store, newest last. Several hubs of one JVM on one store (the tests'
     * shared moto) would each take queued mail into their own outbox; only the newest one's
     * triggers run, until it closes.
     */
    private static final Map<URI, java.util.Deque<StreamPoller>> BY_STORE = new HashMap<>();

    private final URI endpoint;
    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final List<Mapping> mappings;
    private final Map<String, String> iterators = new HashMap<>();
    /** Each table's stream and its shards, read once (moto's stream has one shard for good). */
    private final Map<String, List<String>> shards = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean started;

    public StreamPoller(DynamoDbClient dynamo, URI endpoint, List<Mapping> mappings) {
        this.endpoint = endpoint;
        this.dynamo = dynamo;
        this.streams = DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(LocalEnvironment.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        this.mappings = List.copyOf(mappings);
        this.thread = new Thread(this::loop, "stream-poller");
        this.thread.setDaemon(true);
    }

    public StreamPoller start() {
        started = true;
        synchronized (BY_STORE) {
            BY_STORE.computeIfAbsent(endpoint, e -> new java.util.ArrayDeque<>()).addLast(this);
        }
        if (!mappings.isEmpty()) {
            thread.start();
        }
        return this;
    }

    private boolean newestOnItsStore() {
        synchronized (BY_STORE) {
            java.util.Deque<StreamPoller> pollers = BY_STORE.get(endpoint);
            if (!started) {
                return running; // drained on demand only: it competes with nobody
            }
            return running && pollers != null && pollers.peekLast() == this;
        }
    }

    private void loop() {
        while (running) {
            try {
                drain();
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return; // closed while reading
                }
                // The store restarting, say: its iterators are gone; start again from the oldest record
                // (what was sent is gone from the table, so nothing is sent twice).
                synchronized (this) {
                    iterators.clear();
                    shards.clear();
                }
                System.err.println("[streams] " + e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** Hands every record written so far to the functions whose filters accept it; returns when done. */
    public synchronized void drain() {
        if (!newestOnItsStore()) {
            return;
        }
        Map<String, List<Mapping>> byTable = new LinkedHashMap<>();
        mappings.forEach(m -> byTable.computeIfAbsent(m.tableName(), t -> new ArrayList<>()).add(m));
        byTable.forEach(this::drain);
    }

    private void drain(String table, List<Mapping> forTable) {
        List<String> known = shards.computeIfAbsent(table, this::shardsOf);
        if (known.isEmpty()) {
            shards.remove(table); // no stream yet: look again next time
            return;
        }
        String arn = known.get(0);
        for (String shardId : known.subList(1, known.size())) {
            String key = arn + "|" + shardId;
            while (running) {
                String iterator = iterators.get(key);
                if (iterator == null) {
                    String position = forTable.get(0).event().startingPosition();
                    iterator = streams.getShardIterator(r -> r.streamArn(arn).shardId(shardId)
                            .shardIteratorType(position)).shardIterator();
                }
                String from = iterator;
                GetRecordsResponse page = streams.getRecords(r -> r.shardIterator(from).limit(1000));
                iterators.put(key, page.nextShardIterator());
                if (page.records().isEmpty()) {
                    break;
                }
                if (!newestOnItsStore()) {
                    return; // a newer hub started meanwhile: what was read is its to hand over
                }
                List<Map<String, Object>> records = page.records().stream().map(r -> event(r, arn)).toList();
                forTable.forEach(m -> deliver(m, records));
            }
        }
    }

    /** The table's stream ARN, then its shard ids; empty when the table has no stream. */
    private List<String> shardsOf(String table) {
        String arn = dynamo.describeTable(r -> r.tableName(table)).table().latestStreamArn();
        if (arn == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>(List.of(arn));
        streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().forEach(s -> found.add(s.shardId()));
        return found;
    }

    private void deliver(Mapping m, List<Map<String, Object>> records) {
        List<EventFilter> filters = m.event().filters().stream().map(EventFilter::of).toList();
        List<Map<String, Object>> accepted = records.stream()
                .filter(r -> filters.isEmpty() || filters.stream().anyMatch(f -> f.matches(r))).toList();
        int size = Math.max(1, m.event().batchSize());
        for (int i = 0; i < accepted.size() && newestOnItsStore(); i += size) {
            invoke(m, new ArrayList<>(accepted.subList(i, Math.min(accepted.size(), i + size))));
        }
    }

    /** One batch, tried again from its first failed record until it passes or the retries run out. */
    private void invoke(Mapping m, List<Map<String, Object>> batch) {
        int retries = m.event().maximumRetryAttempts() < 0 ? MAX_RETRIES_UNLIMITED : m.event().maximumRetryAttempts();
        for (int attempt = 0; !batch.isEmpty() && running; attempt++) {
            String failed;
            try {
                Object result = m.function().invokeEvent(Map.of("Records", batch));
                failed = firstFailure(result);
                if (failed == null) {
                    return;
                }
            } catch (Throwable e) {
                System.err.println("[" + m.event().functionId() + "] " + e);
                failed = sequenceNumber(batch.get(0));
            }
            int at = 0;
            while (at < batch.size() && !sequenceNumber(batch.get(at)).equals(failed)) {
                at++;
            }
            batch = new ArrayList<>(batch.subList(at < batch.size() ? at : 0, batch.size()));
            if (attempt >= retries) {
                System.err.println("[" + m.event().functionId() + "] gave up on " + batch.size()
                        + " stream records from " + failed + " after " + (attempt + 1) + " attempts");
                return;
            }
        }
    }

    private static String firstFailure(Object result) {
        if (result instanceof Map<?, ?> answer && answer.get("batchItemFailures") instanceof List<?> failures) {
            return failures.stream().filter(f -> f instanceof Map<?, ?>).map(f -> ((Map<?, ?>) f).get("itemIdentifier"))
                    .map(String::valueOf).min((a, b) -> new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b)))
                    .orElse(null);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static String sequenceNumber(Map<String, Object> record) {
        return String.valueOf(((Map<String, Object>) record.get("dynamodb")).get("SequenceNumber"));
    }

    /** A stream record as Lambda puts it in the event it sends. */
    static Map<String, Object> event(Record r, String streamArn) {
        Map<String, Object> dynamodb = new LinkedHashMap<>();
        if (r.dynamodb().approximateCreationDateTime() != null) {
            dynamodb.put("ApproximateCreationDateTime", r.dynamodb().approximateCreationDateTime().getEpochSecond());
        }
        dynamodb.put("Keys", JSON.convertValue(AttributeJson.toJson(r.dynamodb().keys()), Map.class));
        if (r.dynamodb().hasNewImage()) {
            dynamodb.put("NewImage", JSON.convertValue(AttributeJson.toJson(r.dynamodb().newImage()), Map.class));
        }
        if (r.dynamodb().hasOldImage()) {
            dynamodb.put("OldImage", JSON.convertValue(AttributeJson.toJson(r.dynamodb().oldImage()), Map.class));
        }
        dynamodb.put("SequenceNumber", r.dynamodb().sequenceNumber());
        dynamodb.put("SizeBytes", r.dynamodb().sizeBytes());
        dynamodb.put("StreamViewType", r.dynamodb().streamViewTypeAsString());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventID", r.eventID());
        event.put("eventName", r.eventNameAsString());
        event.put("eventVersion", r.eventVersion());
        event.put("eventSource", r.eventSource());
        event.put("awsRegion", r.awsRegion());
        event.put("dynamodb", dynamodb);
        event.put("eventSourceARN", streamArn);
        return event;
    }

    @Override
    public void close() {
        synchronized (BY_STORE) {
            java.util.Deque<StreamPoller> pollers = BY_STORE.get(endpoint);
            if (pollers != null) {
                pollers.remove(this);
            }
        }
        running = false;
        // The batch being handed over finishes (its mail lands before the hub's folders go away).
        if (started) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        streams.close();
    }
}
