package org.briefing.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout engine's font metrics (ascent, descent, underline) by family, weight and style,
 * kept across documents. Without it, every document loads every font a style names into the PDF
 * just to read those numbers, the fallback face included, which is then never drawn: a tenth of
 * a short document's time. The values are the same for every document set in the same faces, so
 * one cache serves one set of faces, on any thread.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> metrics = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
        metrics.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        FSCacheValue value = metrics.get(key);
        if (value != null) {
            return value;
        }
        try {
            value = loader.call();
        } catch (Exception e) {
            return null; // as the engine's own stores do: it then measures the font itself
        }
        if (value != null) {
            metrics.put(key, value);
        }
        return value;
    }

    @Override
    public FSCacheValue get(String key) {
        return metrics.get(key);
    }
}
