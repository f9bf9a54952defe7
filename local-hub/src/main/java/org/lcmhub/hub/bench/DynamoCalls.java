package org.lcmhub.hub.bench;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.lcmhub.hub.template.LocalEnvironment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Counts what a DynamoDB client sends, as the SDK sees it: requests by kind, items returned by
 * queries, query pages that continued a previous one, and response bytes.
 */
public final class DynamoCalls implements ExecutionInterceptor {
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final Map<String, Long> nanosByKind = new TreeMap<>();
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("lcmhub.started");
    private int items;
    private int continued;
    private long bytes;
    private double readUnits;
    private double reported;
    private final java.util.Set<String> queried = new java.util.HashSet<>();
    private final java.util.List<String> written = new java.util.ArrayList<>();

    /** A client of the engine at {@code endpoint} whose calls this counts. */
    public DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint)
                .region(Region.of(LocalEnvironment.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(this)).build();
    }

    @Override
    public synchronized void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String kind = context.request().getClass().getSimpleName().replace("Request", "");
        byKind.merge(kind, 1, Integer::sum);
        attributes.putAttribute(STARTED, System.nanoTime());
        if (context.request() instanceof QueryRequest q && q.hasExclusiveStartKey() && !q.exclusiveStartKey().isEmpty()) {
            continued++;
        }
        if (context.request() instanceof QueryRequest q && q.hasExpressionAttributeValues()
                && q.expressionAttributeValues().containsKey(":pk")) {
            queried.add(q.expressionAttributeValues().get(":pk").s());
        }
        if (context.request() instanceof software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest t) {
            t.transactItems().forEach(i -> {
                if (i.put() != null) {
                    wrote(i.put().item());
                } else if (i.update() != null) {
                    wrote(i.update().key());
                }
            });
        } else if (context.request() instanceof software.amazon.awssdk.services.dynamodb.model.PutItemRequest p) {
            wrote(p.item());
        } else if (context.request() instanceof software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest u) {
            wrote(u.key());
        }
    }

    private void wrote(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key) {
        written.add(key.get("PK").s() + " / " + key.get("SK").s());
    }

    /** The items put or updated ({@code PK / SK}), since the last reset, in order. */
    public synchronized java.util.List<String> writtenItems() {
        return java.util.List.copyOf(written);
    }

    /** The partitions queried (the {@code :pk} of each query), since the last reset. */
    public synchronized java.util.Set<String> queriedPartitions() {
        return java.util.Set.copyOf(queried);
    }

    @Override
    public synchronized void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        bytes += context.httpResponse().firstMatchingHeader("Content-Length").map(Long::parseLong).orElse(0L);
    }

    /** Asks for the consumed capacity of every read (the engine's own figure, kept apart). */
    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (context.request() instanceof QueryRequest q) {
            return q.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (context.request() instanceof GetItemRequest g) {
            return g.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        return context.request();
    }

    @Override
    public synchronized void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Long started = attributes.getAttribute(STARTED);
        if (started != null) {
            nanosByKind.merge(context.request().getClass().getSimpleName().replace("Request", ""),
                    System.nanoTime() - started, Long::sum);
        }
        if (context.response() instanceof QueryResponse r) {
            items += r.count();
            long size = r.items().stream().mapToLong(ItemSize::of).sum();
            readUnits += ItemSize.readUnits(size, Boolean.TRUE.equals(((QueryRequest) context.request()).consistentRead()));
            if (r.consumedCapacity() != null && r.consumedCapacity().capacityUnits() != null) {
                reported += r.consumedCapacity().capacityUnits();
            }
        } else if (context.response() instanceof BatchGetItemResponse r) {
            // Each item of a batch is charged as its own GetItem (eventually consistent unless asked).
            r.responses().forEach((table, found) -> {
                boolean consistent = Boolean.TRUE.equals(((BatchGetItemRequest) context.request()).requestItems()
                        .get(table).consistentRead());
                items += found.size();
                found.forEach(item -> readUnits += ItemSize.readUnits(ItemSize.of(item), consistent));
            });
        } else if (context.response() instanceof GetItemResponse r) {
            readUnits += ItemSize.readUnits(r.hasItem() ? ItemSize.of(r.item()) : 0,
                    Boolean.TRUE.equals(((GetItemRequest) context.request()).consistentRead()));
            if (r.consumedCapacity() != null && r.consumedCapacity().capacityUnits() != null) {
                reported += r.consumedCapacity().capacityUnits();
            }
        }
    }

    /**
     * Read units as DynamoDB charges them: a query page or an item by its size (the items' sizes
     * summed, rounded up to 4 KB), half for an eventually consistent read. The local engine answers
     * {@code ReturnConsumedCapacity} with a constant, so this is computed from what came back.
     */
    public synchronized double readUnits() {
        return readUnits;
    }

    /** The engine's own {@code ConsumedCapacity} answers, summed (a constant per request locally). */
    public synchronized double reportedUnits() {
        return reported;
    }

    public synchronized void reset() {
        byKind.clear();
        nanosByKind.clear();
        items = 0;
        continued = 0;
        bytes = 0;
        readUnits = 0;
        reported = 0;
        queried.clear();
        written.clear();
    }

    /** Requests by kind (GetItem, Query, …), sorted by name. */
    public synchronized Map<String, Integer> byKind() {
        return new TreeMap<>(byKind);
    }

    /** Seconds spent waiting for each kind of request (the engine's share of a view's time). */
    public synchronized Map<String, Double> secondsByKind() {
        Map<String, Double> seconds = new TreeMap<>();
        nanosByKind.forEach((kind, nanos) -> seconds.put(kind, Math.round(nanos / 1e6) / 1e3));
        return seconds;
    }

    public synchronized int requests() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized int queries() {
        return byKind.getOrDefault("Query", 0);
    }

    /** Items the queries returned, over all their pages. */
    public synchronized int items() {
        return items;
    }

    /** Query pages that started where a previous page stopped ({@code ExclusiveStartKey}). */
    public synchronized int continuedPages() {
        return continued;
    }

    public synchronized long bytes() {
        return bytes;
    }
}
