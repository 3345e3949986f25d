// How far did each mission and program get in 2017, and why?
// Run from the repository root, see examples/README.md.
import io.github.albero.examples.BundledReport;
import io.github.albero.achievement.*;
import io.github.albero.model.*;

Plan plan = BundledReport.load();
AchievementReport achievement = AchievementCalculator.defaults().evaluate(plan, 2017);

System.out.println("Achievement 2017 of the plan: " + achievement.root().score().map(p -> p.format()).orElse("not measurable"));
for (AchievementNode mission : achievement.root().children()) {
    System.out.printf("%-7s %-50.50s %8s  %s%n", mission.code().orElse(""), mission.name(),
        mission.score().map(p -> p.format()).orElse("—"), mission.band().map(Band::label).orElse("not measurable"));
    for (AchievementNode program : mission.children()) {
        System.out.printf("  %-7s %-48.48s %8s  %s%n", program.code().orElse(""), program.name(),
            program.score().map(p -> p.format()).orElse("—"), program.explanation());
    }
}
/exit
