// Albero's JShell start-up script: the imports an analyst needs, a few short helpers, and the
// real 2017 report of the Camera di Commercio di Lucca loaded as `report`. Open it with
// (from the repository root, see README.md):
//   mvn -q -pl examples -am package -DskipTests && jshell --class-path "examples/target/lib/*:examples/target/classes" --startup DEFAULT --startup jshell/albero.jsh
import io.github.albero.InvalidValueException;
import io.github.albero.achievement.*;
import io.github.albero.code.*;
import io.github.albero.fixtures.*;
import io.github.albero.json.*;
import io.github.albero.measure.*;
import io.github.albero.model.*;
import io.github.albero.money.*;
import io.github.albero.period.*;
import io.github.albero.ratio.*;
import io.github.albero.reference.*;
import io.github.albero.render.*;
import io.github.albero.report.*;
import io.github.albero.sheets.*;
import io.github.albero.table.*;
// single-type imports: java.util.Formatter, imported by JShell, would make Formatter ambiguous
import io.github.albero.text.Catalog;
import io.github.albero.text.Formatter;
import io.github.albero.text.Message;
import io.github.albero.text.UnsafeText;
import io.github.albero.validation.*;
import io.github.albero.variance.*;
import java.nio.file.*;
import java.time.LocalDate;

Locale IT = Locale.ITALIAN;
Locale EN = Locale.ENGLISH;

// the real 2017 report; load(path) reads any other Albero JSON file
Plan report = RealReports.lucca2017();
// the plan the Javadoc's examples work on: the real report until you give it another
Plan plan = report;
Plan load(String file) { return AlberoJson.read(Path.of(file)); }

// achievement under the default policy (or another one), for the reference year or another year
AchievementReport achievement(Plan plan) { return AchievementCalculator.defaults().evaluate(plan, plan.referenceYear()); }
AchievementReport achievement(Plan plan, int year) { return AchievementCalculator.defaults().evaluate(plan, year); }
AchievementReport achievement(Plan plan, AchievementPolicy policy) { return AchievementCalculator.of(policy).evaluate(plan, plan.referenceYear()); }

// variances of actual against budget, for the reference year
VarianceReport variance(Plan plan) { return VarianceCalculator.againstBudget().evaluate(plan, plan.referenceYear()); }

// the text of results in a language: render(IT).report(achievement(report)), render(EN).explanation(…)
Render render(Locale locale) { return Render.of(locale); }

// the validator's findings
ValidationReport validate(Plan plan) { return PlanValidator.create().validate(plan); }

// print anything: tables print aligned at most 100 columns wide
void show(Object o) { System.out.println(o); }
