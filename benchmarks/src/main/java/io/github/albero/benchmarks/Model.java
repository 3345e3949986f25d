package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;

/** The dataset read into the model, for the benchmarks that start from plans. */
final class Model {
    private Model() {
    }

    static Plan[] read(byte[][] documents) {
        Plan[] plans = new Plan[documents.length];
        for (int i = 0; i < documents.length; i++) {
            plans[i] = AlberoJson.read(documents[i]);
        }
        return plans;
    }

    /** Counts indicators without touching the plans' memoised lists, so the heap held stays as read. */
    static long indicatorsOf(Object[] plans) {
        long n = 0;
        for (Object o : plans) {
            for (Mission m : ((Plan) o).missions()) {
                for (Program p : m.programs()) {
                    for (StrategicObjective so : p.objectives()) {
                        n += so.indicators().size();
                        for (OperationalObjective oo : so.operationalObjectives()) {
                            n += oo.indicators().size();
                        }
                    }
                }
            }
        }
        return n;
    }
}
