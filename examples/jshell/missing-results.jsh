// Which indicators have no result for 2017: none at all, or a blank ("_____", nothing reported)?
// Run from the repository root, see examples/README.md.
import io.github.albero.examples.BundledReport;
import io.github.albero.model.*;

Plan plan = BundledReport.load();

System.out.println("Indicators without a result for 2017:");
for (LocatedIndicator li : plan.indicators()) {
    Indicator i = li.indicator();
    String why = i.result(2017).isEmpty() ? "no result"
        : i.result(2017).get().isNothingReported() ? "nothing reported (\"" + i.result(2017).get().text() + "\")"
        : null;
    if (why != null) {
        System.out.printf("  %s  %-60.60s  %s%n", li.objective().code(), i.name(), why);
    }
}
long counted = plan.indicators().stream().filter(li -> li.indicator().result(2017).filter(r -> !r.isNothingReported()).isPresent()).count();
System.out.println(counted + " of " + plan.indicators().size() + " indicators report a result for 2017.");
/exit
