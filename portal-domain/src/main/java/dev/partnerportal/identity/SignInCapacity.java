package dev.partnerportal.identity;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many sign-ins this node works on at once. A password check (Argon2id, one core for tens of
 * milliseconds) runs only with one of {@code concurrent-hashes} permits, by default one per core; at most
 * {@code max-waiting} more sign-ins wait for one, each for at most {@code queue-wait}. Beyond that a sign-in is
 * answered "busy, try again" at once, so a wave of sign-ins can neither exhaust the request threads nor the
 * database pool, and the rest of the portal keeps its share of the processors.
 *
 * <p>Also keeps the attempts in flight per throttle key within what the key may still fail
 * ({@link Admission#tryEnter}), so that parallel wrong passwords cannot all be checked before the first failure
 * is counted.
 */
@Component
public class SignInCapacity {

    private final int concurrentHashes;
    private final int maxAdmitted;
    private final Duration queueWait;
    private final Semaphore hashing;
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicLong passwordChecks = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition someoneLeft = lock.newCondition();
    private final Map<String, Integer> inFlight = new HashMap<>();
    private long leaves;

    SignInCapacity(@Value("${portal.security.login.concurrent-hashes:0}") int concurrentHashes,
                   @Value("${portal.security.login.max-waiting:64}") int maxWaiting,
                   @Value("${portal.security.login.queue-wait:5s}") Duration queueWait) {
        this.concurrentHashes = concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors();
        this.maxAdmitted = this.concurrentHashes + Math.max(0, maxWaiting);
        this.queueWait = queueWait;
        this.hashing = new Semaphore(this.concurrentHashes, true);
    }

    /** How many password checks this node has computed since it started (for monitoring and tests). */
    public long passwordChecks() {
        return passwordChecks.get();
    }

    /** How many password checks may run at the same moment. */
    public int concurrentHashes() {
        return concurrentHashes;
    }

    /**
     * Takes a place for one sign-in; close it when the sign-in is decided.
     *
     * @throws SignInBusyException when as many sign-ins as allowed are already running or waiting
     */
    Admission admit() {
        if (admitted.incrementAndGet() > maxAdmitted) {
            admitted.decrementAndGet();
            throw busy();
        }
        return new Admission(System.nanoTime() + queueWait.toNanos());
    }

    private SignInBusyException busy() {
        return new SignInBusyException(queueWait);
    }

    /** One sign-in between arrival and decision. */
    final class Admission implements AutoCloseable {

        private final long deadline;
        private List<String> entered = List.of();

        private Admission(long deadline) {
            this.deadline = deadline;
        }

        /** A mark to take before reading the counters that {@link #tryEnter} is then given. */
        long generation() {
            lock.lock();
            try {
                return leaves;
            } finally {
                lock.unlock();
            }
        }

        /**
         * Enters every key whose attempts in flight are below its budget (what it may still fail before a lock),
         * all or none, and returns -1. The budgets must have been read after {@code generation} was taken: if an
         * attempt has left since, its failure may be missing from them while it no longer counts as in flight,
         * so nothing is entered and the new generation is returned, to read the counters again at once. When
         * there is no room, returns {@code generation} unchanged, to wait for a turn with {@link #awaitTurn}.
         */
        long tryEnter(Map<String, Integer> budgets, long generation) {
            lock.lock();
            try {
                if (deadline - System.nanoTime() <= 0) {
                    throw busy();
                }
                if (leaves != generation) {
                    return leaves;
                }
                boolean room = budgets.entrySet().stream()
                        .allMatch(budget -> inFlight.getOrDefault(budget.getKey(), 0) < budget.getValue());
                if (!room) {
                    return leaves;
                }
                budgets.keySet().forEach(key -> inFlight.merge(key, 1, Integer::sum));
                entered = List.copyOf(budgets.keySet());
                return -1;
            } finally {
                lock.unlock();
            }
        }

        /** Waits until some attempt leaves after {@code ticket} was issued. */
        void awaitTurn(long ticket) {
            lock.lock();
            try {
                while (leaves == ticket) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        throw busy();
                    }
                    someoneLeft.awaitNanos(remaining);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            } finally {
                lock.unlock();
            }
        }

        /** Runs one password check under a hashing permit, waiting for one no longer than the queue allows. */
        boolean check(BooleanSupplier passwordCheck) {
            try {
                if (!hashing.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            }
            try {
                passwordChecks.incrementAndGet();
                return passwordCheck.getAsBoolean();
            } finally {
                hashing.release();
            }
        }

        @Override
        public void close() {
            if (!entered.isEmpty()) {
                lock.lock();
                try {
                    entered.forEach(key -> inFlight.computeIfPresent(key, (k, count) -> count == 1 ? null : count - 1));
                    leaves++;
                    someoneLeft.signalAll();
                } finally {
                    lock.unlock();
                }
            }
            admitted.decrementAndGet();
        }
    }
}
