package org.lcmhub.dashboard.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lcmhub.dashboard.store.FiguresCache;
import org.lcmhub.store.BatchGets;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The snapshot lives on the cohort's figures item {@code COHORT#<id> / FIGURES}, next to the
 * revision the write transactions add to; gzipped, since a cohort's watch list is long text that
 * compresses well and an item holds at most 400 KB. The store is conditioned on the revision
 * still being the one the figures were computed at.
 */
public final class DynamoFiguresCache implements FiguresCache {
    /** Larger snapshots are not kept (an item holds 400 KB with its keys); such a cohort is computed each time. */
    static final int MAX_BYTES = 350_000;
    /** A model larger than a part is stored in several, written in one transaction with the figures. */
    static final int PART_BYTES = 350_000;
    static final int MAX_PARTS = 10;
    static final String MODEL_PARTS = "modelParts";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoFiguresCache(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public State read(String cohortId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Standings.figuresKey(cohortId))).item();
        if (item == null || item.isEmpty()) {
            return new State(0, null, null);
        }
        long revision = number(item.get(Standings.REVISION));
        AttributeValue touched = item.get(Standings.TOUCHED_AT);
        Instant touchedAt = touched == null ? null : Instant.parse(touched.s());
        AttributeValue dirtyValue = item.get(Standings.DIRTY);
        java.util.Set<String> dirty = dirtyValue == null || !dirtyValue.hasSs() ? java.util.Set.of()
                : java.util.Set.copyOf(dirtyValue.ss());
        if (!item.containsKey("figures")) {
            return new State(revision, touchedAt, null, dirty, 0);
        }
        AttributeValue plans = item.get("hasPlans");
        return new State(revision, touchedAt, new Snapshot(gunzip(item.get("figures").b().asByteArray()),
                plans == null || plans.bool() == null || plans.bool(), number(item.get("figuresRev")), Instant.parse(item.get("computedAt").s()),
                Instant.parse(item.get("validUntil").s()), item.get("policy") == null ? null : item.get("policy").s()),
                dirty, (int) number(item.get(MODEL_PARTS)));
    }

    @Override
    public String model(String cohortId, int parts) {
        if (parts <= 0) {
            return null;
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            keys.add(partKey(cohortId, i));
        }
        Map<Integer, byte[]> found = new HashMap<>();
        java.util.Set<String> revisions = new java.util.HashSet<>();
        BatchGets.get(dynamo, table, keys, k -> k.consistentRead(true)).forEach(item -> {
            found.put(Integer.valueOf(item.get("part").n()), item.get("model").b().asByteArray());
            revisions.add(item.get("modelRev").n() + "/" + item.get("parts").n());
        });
        // Parts of two stores (a newer one with fewer parts, say) are never put together.
        if (found.size() != parts || revisions.size() != 1 || !revisions.iterator().next().endsWith("/" + parts)) {
            return null;
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (int i = 0; i < parts; i++) {
            whole.writeBytes(found.get(i));
        }
        return gunzip(whole.toByteArray());
    }

    @Override
    public boolean store(String cohortId, Snapshot snapshot, String model, java.util.Set<String> settled) {
        byte[] zipped = gzip(snapshot.figures());
        byte[] zippedModel = model == null ? new byte[0] : gzip(model);
        int parts = (zippedModel.length + PART_BYTES - 1) / PART_BYTES;
        if (zipped.length > MAX_BYTES || parts > MAX_PARTS) {
            return false;
        }
        String rev = Long.toString(snapshot.revision());
        List<TransactWriteItem> items = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":f", AttributeValue.fromB(SdkBytes.fromByteArray(zipped)),
                ":p", AttributeValue.fromBool(snapshot.plans()), ":rev", AttributeValue.fromN(rev),
                ":at", s(snapshot.computedAt().toString()), ":until", s(snapshot.validUntil().toString())));
        Map<String, String> names = new HashMap<>(Map.of("#rev", Standings.REVISION));
        String update = "SET figures = :f, hasPlans = :p, figuresRev = :rev, computedAt = :at, validUntil = :until, "
                + "#policy = :policy";
        names.put("#policy", "policy");
        values.put(":policy", s(snapshot.policy()));
        if (model != null) {
            update += ", #parts = :parts";
            names.put("#parts", MODEL_PARTS);
            values.put(":parts", AttributeValue.fromN(Integer.toString(parts)));
        }
        if (!settled.isEmpty()) {
            update += " DELETE #dirty :settled";
            names.put("#dirty", Standings.DIRTY);
            values.put(":settled", AttributeValue.fromSs(List.copyOf(settled)));
        }
        String unchanged = snapshot.revision() == 0 ? "(attribute_not_exists(#rev) OR #rev = :rev)" : "#rev = :rev";
        Update figures = Update.builder().tableName(table).key(Standings.figuresKey(cohortId)).updateExpression(update)
                .conditionExpression(unchanged).expressionAttributeNames(names).expressionAttributeValues(values).build();
        items.add(TransactWriteItem.builder().update(figures).build());
        for (int i = 0; i < parts; i++) {
            Map<String, AttributeValue> part = new HashMap<>(partKey(cohortId, i));
            part.put("part", AttributeValue.fromN(Integer.toString(i)));
            part.put("parts", AttributeValue.fromN(Integer.toString(parts)));
            part.put("modelRev", AttributeValue.fromN(rev));
            part.put("model", AttributeValue.fromB(SdkBytes.fromByteArray(java.util.Arrays.copyOfRange(zippedModel,
                    i * PART_BYTES, Math.min(zippedModel.length, (i + 1) * PART_BYTES)))));
            items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(part)).build());
        }
        try {
            if (parts == 0) {
                // The model stored still holds: the figures item alone, without a transaction.
                dynamo.updateItem(Transactions.alone(figures));
            } else {
                dynamo.transactWriteItems(t -> t.transactItems(items));
            }
            return true;
        } catch (TransactionCanceledException | ConditionalCheckFailedException e) {
            return false; // the revision moved (or another view stored at the same time): the next view tries
        }
    }

    /** {@code COHORT#<id> / FIGURES#MODEL#<i>}: next to the figures, not in any index. */
    private static Map<String, AttributeValue> partKey(String cohortId, int part) {
        return org.lcmhub.store.Keys.key(org.lcmhub.store.Keys.cohortPk(cohortId), Standings.FIGURES + "#MODEL#" + part);
    }

    private static long number(AttributeValue v) {
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] zipped) {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
