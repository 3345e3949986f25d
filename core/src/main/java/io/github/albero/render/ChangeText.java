package io.github.albero.render;

import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.variance.IndicatorChange;
import io.github.albero.variance.Trend;
import java.math.BigDecimal;
import java.util.Optional;

/** An indicator's change between two years, its trend and reason, in one language. */
final class ChangeText {
    private ChangeText() {
    }

    static String trend(Trend t, Phrases p) {
        return p.view("trend." + t.name());
    }

    static Optional<String> reason(IndicatorChange c, Phrases p) {
        return c.reason().map(r -> p.view("change." + r.name(), c.reasonArguments().stream().map(String::valueOf).toArray()));
    }

    /** {@return e.g. "+3 percentage points", "+3 punti percentuali", "+0.6": Italian numbers in Italian, plain ones otherwise} */
    static Optional<String> absolute(IndicatorChange c, Phrases p) {
        Optional<BigDecimal> d = c.change().flatMap(x -> x.absolute());
        if (d.isEmpty()) {
            return Optional.empty();
        }
        String n = (d.get().signum() > 0 ? "+" : "") + (p.italian() ? p.num(d.get()) : d.get().stripTrailingZeros().toPlainString());
        return Optional.of(c.inPercentagePoints() ? p.view("change.points", n) : n);
    }

    /** {@return e.g. "2016 → 2017: 2.3 gg → 2.9 gg, +0.6, worsened (lower is better)"} */
    static String line(IndicatorChange c, Phrases p) {
        StringBuilder sb = new StringBuilder().append(c.fromYear()).append(" → ").append(c.toYear()).append(": ");
        c.change().ifPresent(x -> {
            sb.append(plain(x.from(), p)).append(" → ").append(plain(x.to(), p)).append(", ");
            absolute(c, p).ifPresent(t -> sb.append(t).append(", "));
        });
        sb.append(trend(c.trend(), p));
        Optional<String> reason = reason(c, p);
        sb.append(" (").append(reason.orElseGet(() -> p.view("polarity." + c.polarity().name()))).append(')');
        return sb.toString();
    }

    /** A quantity with the language's decimal mark (a point in the canonical and English forms). */
    private static String plain(Quantity q, Phrases p) {
        String n = p.italian() ? p.num(q.value()) : q.value().stripTrailingZeros().toPlainString();
        return q.unit().map(u -> u.equals(Unit.PERCENT) ? n + "%" : n + " " + u.symbol()).orElse(n);
    }
}
