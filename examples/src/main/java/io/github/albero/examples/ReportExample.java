package io.github.albero.examples;

import io.github.albero.model.Indicator;
import io.github.albero.model.StrategicObjective;

/**
 * The README's "run" command: analyses the 2017 report of a chamber of commerce.
 */
public final class ReportExample {
    private ReportExample() {
    }

    /**
     * @param args unused for now
     */
    public static void main(String[] args) {
        StrategicObjective o = SeedObjective.programmazioneTerritoriale();
        System.out.println(o);
        o.resources().flatMap(r -> r.budget(2017)).ifPresent(b -> System.out.println("  preventivo 2017: " + b));
        o.resources().flatMap(r -> r.actual(2017)).ifPresent(a -> System.out.println("  consuntivo 2017: " + a));
        for (Indicator i : o.indicators()) {
            System.out.println("  " + i);
            i.targets().forEach((y, t) -> System.out.println("    target " + y + ": " + t));
            i.results().forEach((y, r) -> System.out.println("    result " + y + ": " + r));
        }
    }
}
