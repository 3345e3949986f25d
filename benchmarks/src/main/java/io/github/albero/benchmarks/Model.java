package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;

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

    static long indicators(Plan[] plans) {
        long n = 0;
        for (Plan p : plans) {
            n += p.indicators().size();
        }
        return n;
    }
}
