package dev.abkit.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generators' source of choices: a {@link SplittableRandom} seeded once per case, with choices biased toward
 * boundaries (exactly at a limit, one under, one over), where {@code <} and {@code <=} differ.
 */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in {@code lo .. hi}, both included. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    long betweenLong(long lo, long hi) {
        return lo + random.nextLong(hi - lo + 1);
    }

    /** One of the options, weighted. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /**
     * A value around {@code limit}: mostly exactly at it, one under or one over, sometimes anywhere from 0 to twice
     * it; never negative.
     */
    long around(long limit) {
        long value = switch (weighted(4, 3, 3, 2)) {
            case 0 -> limit;
            case 1 -> limit - 1;
            case 2 -> limit + 1;
            default -> betweenLong(0, Math.max(1, 2 * limit));
        };
        return Math.max(0, value);
    }

    long nextLong() {
        return random.nextLong();
    }
}
