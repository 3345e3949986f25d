package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.Explanation.PolicyKind;
import io.github.albero.achievement.Explanation.Reason;
import io.github.albero.model.NodeKind;
import io.github.albero.fixtures.RealReports;
import io.github.albero.model.Indicator;
import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import io.github.albero.model.Target;
import io.github.albero.model.Vocabulary;
import io.github.albero.testkit.Generators;
import io.github.albero.validation.Finding;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.RuleCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Validation and the calculators answer the vocabulary's questions alike, on every text of the
 * real report and of generated plans: a target is unreadable for one exactly when it is for the
 * other, a blank target is "no target" for both, a contradiction is reported exactly when the
 * target states an operator against the polarity, and units that cannot be compared are both
 * "not comparable" and reported.
 */
class OneVocabularyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    @Test
    void validationAndTheCalculatorsAgreeOnEveryTextOfTheRealReport() {
        assertTrue(check(RealReports.lucca2017()) > 40);
    }

    @Test
    void validationAndTheCalculatorsAgreeOnEveryTextOfGeneratedPlans() {
        int indicators = 0;
        for (Plan p : Generators.plans().sample(12L, 60)) {
            indicators += check(p);
        }
        assertTrue(indicators > 100, "only " + indicators + " indicators");
    }

    /** @return how many indicators were compared */
    private static int check(Plan plan) {
        int year = plan.referenceYear();
        Set<String> findings = new HashSet<>();
        for (Finding f : VALIDATOR.validate(plan).findings()) {
            findings.add(f.code().code() + " " + f.path());
        }
        Map<String, AchievementNode> nodes = new HashMap<>();
        index(AchievementCalculator.defaults().evaluate(plan, year).root(), nodes);
        int[] count = {0};
        forEachIndicator(plan, (path, i) -> {
            count[0]++;
            AchievementNode node = nodes.get(path.toString());
            Optional<Target> target = i.target(year);
            String at = path + ".targets[" + year + "]";
            Optional<Reason> reason = node.explanation().reason();
            boolean unread = target.isPresent() && target.get().reading().isEmpty();
            assertEquals(unread, findings.contains("ALB-TXT-001 " + at), at);
            assertEquals(unread && !target.get().isPlaceholder(), reason.equals(Optional.of(Reason.UNREADABLE_TARGET)), at);
            assertEquals(unread && target.get().isPlaceholder(), reason.equals(Optional.of(Reason.PLACEHOLDER_TARGET)), at);
            boolean contradiction = target.flatMap(Target::reading).filter(r -> Vocabulary.contradicts(i.polarity(), r)).isPresent();
            assertEquals(contradiction, findings.contains("ALB-CON-003 " + at), at);
            if (node.explanation().policy(PolicyKind.TARGET_OPERATOR_WINS).isPresent()) {
                assertTrue(target.get().reading().get().operatorStated(), "an inferred operator overrode the polarity at " + at);
            }
            if (reason.equals(Optional.of(Reason.UNITS_DIFFER)) && node.explanation().inputs().stream().allMatch(x -> x.unit().isPresent())) {
                assertTrue(findings.contains("ALB-CON-002 " + path + ".results[" + year + "]"), "units not reported at " + path);
            }
        });
        return count[0];
    }

    private static void index(AchievementNode n, Map<String, AchievementNode> nodes) {
        if (n.kind() == NodeKind.INDICATOR) {
            nodes.put(n.path().toString(), n);
        }
        n.children().forEach(c -> index(c, nodes));
    }

    private static void forEachIndicator(Plan plan, java.util.function.BiConsumer<NodePath, Indicator> visitor) {
        // the plan's own walk: the same paths the calculators and validation use
        plan.indicators().forEach(l -> visitor.accept(l.path(), l.indicator()));
    }
}
