package org.lcmhub.dashboard.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lcmhub.dashboard.store.FiguresCache;
import org.lcmhub.store.Standings;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The snapshot lives on the cohort's figures item {@code COHORT#<id> / FIGURES}, next to the
 * revision the write transactions add to; gzipped, since a cohort's watch list is long text that
 * compresses well and an item holds at most 400 KB. The store is conditioned on the revision
 * still being the one the figures were computed at.
 */
public final class DynamoFiguresCache implements FiguresCache {
    /** Larger snapshots are not kept (an item holds 400 KB with its keys); such a cohort is computed each time. */
    static final int MAX_BYTES = 350_000;

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
        if (!item.containsKey("figures")) {
            return new State(revision, touchedAt, null);
        }
        AttributeValue plans = item.get("hasPlans");
        return new State(revision, touchedAt, new Snapshot(gunzip(item.get("figures").b().asByteArray()),
                plans == null || plans.bool() == null || plans.bool(), number(item.get("figuresRev")), Instant.parse(item.get("computedAt").s()),
                Instant.parse(item.get("validUntil").s())));
    }

    @Override
    public boolean store(String cohortId, Snapshot snapshot) {
        byte[] zipped = gzip(snapshot.figures());
        if (zipped.length > MAX_BYTES) {
            return false;
        }
        // Revision 0 is an item not yet written (or without a revision): no write counted yet.
        String unchanged = snapshot.revision() == 0 ? "(attribute_not_exists(#rev) OR #rev = :rev)" : "#rev = :rev";
        try {
            dynamo.updateItem(u -> u.tableName(table).key(Standings.figuresKey(cohortId))
                    .updateExpression("SET figures = :f, hasPlans = :p, figuresRev = :rev, computedAt = :at, "
                            + "validUntil = :until")
                    .conditionExpression(unchanged)
                    .expressionAttributeNames(Map.of("#rev", Standings.REVISION))
                    .expressionAttributeValues(Map.of(":f", AttributeValue.fromB(SdkBytes.fromByteArray(zipped)),
                            ":p", AttributeValue.fromBool(snapshot.plans()),
                            ":rev", AttributeValue.fromN(Long.toString(snapshot.revision())),
                            ":at", s(snapshot.computedAt().toString()), ":until", s(snapshot.validUntil().toString()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
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
