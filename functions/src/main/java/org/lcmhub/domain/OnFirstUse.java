package org.lcmhub.domain;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A dependency built when a request first needs it (an SDK client of a service few requests
 * call, an HTTP client for outgoing posts), once per execution environment. A fresh JVM then
 * answers a request that does not use it without paying for it. Before a SnapStart snapshot,
 * {@link #buildAll()} builds every one made so far, so that a restored environment has them ready.
 */
public final class OnFirstUse<T> implements Supplier<T> {
    private static final List<WeakReference<OnFirstUse<?>>> ALL = new CopyOnWriteArrayList<>();

    private final Supplier<T> build;
    private volatile T value;

    public OnFirstUse(Supplier<T> build) {
        this.build = build;
        ALL.add(new WeakReference<>(this));
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = build.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /** Builds every dependency made so far; one that cannot be built now is left for its first use. */
    public static void buildAll() {
        for (WeakReference<OnFirstUse<?>> ref : ALL) {
            OnFirstUse<?> lazy = ref.get();
            if (lazy == null) {
                ALL.remove(ref);
                continue;
            }
            try {
                lazy.get();
            } catch (RuntimeException e) {
                // built on first use, as without a snapshot
            }
        }
    }
}
