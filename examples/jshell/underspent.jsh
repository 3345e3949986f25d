// Which strategic objectives spent less than 50% of their budgeted costs (oneri correnti) in 2017?
// Run from the repository root, see examples/README.md.
import io.github.albero.examples.BundledReport;
import io.github.albero.measure.Percentage;
import io.github.albero.model.*;
import io.github.albero.variance.*;

Plan plan = BundledReport.load();
VarianceReport variance = VarianceCalculator.againstBudget().evaluate(plan, 2017);

System.out.println("Objectives that used less than 50% of their budgeted costs in 2017:");
for (StrategicObjective o : plan.objectives()) {
    LineVariance costs = variance.find(o.code().toString()).flatMap(VarianceNode::variance).map(v -> v.line(ResourceLine.COSTS)).orElseThrow();
    // utilisation is empty when nothing was budgeted: those objectives cannot under-spend
    costs.utilisation().filter(u -> u.compareTo(Percentage.of(50)) < 0).ifPresent(u ->
        System.out.printf("  %s  %-40.40s  budget %14s  actual %14s  used %s%n",
            o.code(), o.title(), costs.budget().format(), costs.actual().format(), u.format()));
}
/exit
