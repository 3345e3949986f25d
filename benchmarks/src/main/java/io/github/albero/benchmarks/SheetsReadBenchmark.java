package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.sheets.AlberoSheets;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.Size;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one report of 10 000 indicators from its XLSX workbook (albero-sheets) beside reading
 * the same report from its JSON document (albero-json), side by side in one run. The goal: the
 * XLSX read within 3× the JSON read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class SheetsReadBenchmark {
    /** Indicators in the report. */
    @Param("10000")
    public int indicators;

    private byte[] xlsx;
    private byte[] json;

    /** Draws the report (10 missions × 10 programs × objectives × 5 indicators) and writes it both ways. */
    @Setup(Level.Trial)
    public void write() {
        int objectives = Math.max(1, indicators / 500);
        Plan plan = Generators.plans(Size.exactly(10, 10, objectives, 1, 2, 2, 3)).kind(PlanKind.REPORT)
                .next(new SplittableRandom(20170630));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlberoSheets.writeXlsx(plan, out);
        xlsx = out.toByteArray();
        json = AlberoJson.writeBytes(plan);
        if (!AlberoJson.read(json).equals(plan) || !AlberoSheets.strict().readXlsx(new ByteArrayInputStream(xlsx)).equals(plan)) {
            throw new IllegalStateException("the two forms do not read to the same plan");
        }
    }

    /**
     * {@return the plan read from XLSX}. Warmed up and measured for longer than the JSON read: one
     * read takes several times as long, and with the class's 2-second iterations it would be
     * measured after about five invocations, before the JIT has compiled the XML and zip paths
     * (iterations then fell from 1 600 to 700 ms within one run).
     */
    @Benchmark
    @Warmup(iterations = 3, time = 8)
    @Measurement(iterations = 5, time = 5)
    public Plan readXlsx() {
        return AlberoSheets.strict().readXlsx(new ByteArrayInputStream(xlsx));
    }

    /** {@return the plan read from JSON} */
    @Benchmark
    public Plan readJson() {
        return AlberoJson.read(json);
    }
}
