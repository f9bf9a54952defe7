package org.lcmhub.http;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart's hooks (org.crac): before Lambda snapshots an initialised execution environment,
 * the handler answers a few harmless requests (see {@link ApiHandler#prime()}), so the classes,
 * JIT-compiled code and SDK state of a real request path are in the snapshot; after a restore,
 * the next request is logged as the environment's cold start.
 */
final class Priming implements Resource {
    private final ApiHandler handler;

    private Priming(ApiHandler handler) {
        this.handler = handler;
    }

    /** The caller keeps the returned resource: the global context holds it weakly. */
    static Priming register(ApiHandler handler) {
        Priming priming = new Priming(handler);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        handler.prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        RequestLog.markCold();
    }
}
