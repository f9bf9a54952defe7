package org.lcmhub.health;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Router;
import org.lcmhub.store.Dynamo;

/**
 * {@code GET /api/health}, and the API's catch-all route: template.yaml sends every
 * {@code /api/*} path no other function claims here, so unknown routes get the same JSON 404.
 */
public class HealthHandler extends ApiHandler {
    private final StoreProbe probe;

    /** Used by Lambda. */
    public HealthHandler() {
        this(new DynamoStoreProbe(Dynamo.client(), Dynamo.tableName()));
    }

    public HealthHandler(StoreProbe probe) {
        this.probe = probe;
    }

    /** Its policy allows the one read of its route: that read, already primed by the route, is all. */
    @Override
    public Set<Dynamo.Call> primedStoreCalls() {
        return EnumSet.of(Dynamo.Call.GET);
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/health", request -> check());
    }

    private ApiResponse check() {
        try {
            probe.ping();
        } catch (RuntimeException e) {
            throw new ApiException(503, "store_unavailable", "The data store cannot be reached right now.");
        }
        return ApiResponse.ok(Map.of("status", "ok"));
    }
}
