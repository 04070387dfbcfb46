package dev.partnerportal.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * Fresher content ranks higher: a factor from 1.5 for an item published now, falling to 1.25 at
 * {@link #HALF_LIFE_DAYS} and towards 1 for old items, so freshness breaks near-ties without burying an
 * older item that matches much better.
 */
record RecencyBoost(long nowMillis) {

    static final double HALF_LIFE_DAYS = 180;
    private static final double HALF_LIFE_MILLIS = HALF_LIFE_DAYS * 24 * 60 * 60 * 1000;

    DoubleValuesSource source() {
        return new Source(nowMillis);
    }

    static double factor(long nowMillis, long publishedMillis) {
        var age = Math.max(0, nowMillis - publishedMillis);
        return 1 + 0.5 * HALF_LIFE_MILLIS / (HALF_LIFE_MILLIS + age);
    }

    private static final class Source extends DoubleValuesSource {

        private final long now;

        Source(long now) {
            this.now = now;
        }

        @Override
        public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
            var values = DocValues.getNumeric(ctx.reader(), SearchSchema.UPDATED);
            return new DoubleValues() {
                private double value = 1;

                @Override
                public double doubleValue() {
                    return value;
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    value = values.advanceExact(doc) ? factor(now, values.longValue()) : 1;
                    return true;
                }
            };
        }

        @Override
        public boolean needsScores() {
            return false;
        }

        @Override
        public DoubleValuesSource rewrite(IndexSearcher reader) {
            return this;
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return false;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(now);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Source source && source.now == now;
        }

        @Override
        public String toString() {
            return "recency(" + now + ")";
        }
    }
}
