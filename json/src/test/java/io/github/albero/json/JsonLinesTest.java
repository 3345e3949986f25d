package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.testkit.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    @Test
    void writesOnePlanPerLineAndReadsThemBackInOrder() {
        List<Plan> plans = Generators.wildPlans().sample(0L, 50);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(50, AlberoJson.writeLines(plans.stream(), out));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(50, text.lines().count());
        assertTrue(text.endsWith("\n"));
        try (Stream<Plan> back = AlberoJson.readLines(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(plans, back.collect(Collectors.toList()));
        }
    }

    @Test
    void skipsBlankLinesAndAcceptsWindowsLineEnds() {
        String a = AlberoJson.write(SamplePlans.minimal());
        String b = AlberoJson.write(SamplePlans.full());
        String text = "\n" + a + "\r\n  \n" + b;
        try (Stream<Plan> back = AlberoJson.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            assertEquals(List.of(SamplePlans.minimal(), SamplePlans.full()), back.collect(Collectors.toList()));
        }
    }

    @Test
    void reportsABadLineWithItsLineNumberAndPointer() {
        String text = AlberoJson.write(SamplePlans.minimal()) + "\n" + AlberoJson.write(SamplePlans.minimal()).replace("\"plan\"", "\"nope\"");
        try (Stream<Plan> back = AlberoJson.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> back.collect(Collectors.toList()));
            assertEquals("/kind", e.pointer());
            assertEquals(2, e.line());
            assertEquals("kind: expected one of plan, report, got \"nope\" (line 2, column 31)", e.getMessage());
        }
    }

    @Test
    void readsLazilyAndClosesTheSourceWhenTheStreamIsClosed() {
        AtomicLong produced = new AtomicLong();
        AtomicBoolean closed = new AtomicBoolean();
        byte[] line = (AlberoJson.write(SamplePlans.full()) + "\n").getBytes(StandardCharsets.UTF_8);
        // an endless source: only lazy reading can take the first three plans from it
        InputStream endless = new InputStream() {
            private int at;

            @Override
            public int read() {
                int b = line[at++];
                if (at == line.length) {
                    at = 0;
                    produced.incrementAndGet();
                }
                return b & 0xFF;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        try (Stream<Plan> plans = AlberoJson.readLines(endless)) {
            assertEquals(3, plans.limit(3).count());
        }
        assertTrue(closed.get());
        // read ahead is bounded by the 64 KiB input buffer, not by the (endless) source
        assertTrue(produced.get() <= (1 << 16) / line.length + 4, produced.get() + " lines read for 3 plans");
    }

    @Test
    void streamsManyPlansThroughAPipeWithoutHoldingThem() throws Exception {
        // 20 000 plans go through a fixed-size buffer: neither side keeps them all
        java.io.PipedOutputStream pipeOut = new java.io.PipedOutputStream();
        java.io.PipedInputStream pipeIn = new java.io.PipedInputStream(pipeOut, 1 << 16);
        Plan plan = SamplePlans.full();
        long n = 20_000;
        Thread writer = new Thread(() -> {
            try (OutputStream o = pipeOut) {
                AlberoJson.writeLines(Stream.generate(() -> plan).limit(n), o);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        long count;
        try (Stream<Plan> plans = AlberoJson.readLines(new FilterInputStream(pipeIn) { })) {
            count = plans.filter(plan::equals).count();
        }
        writer.join();
        assertEquals(n, count);
    }

    @Test
    void splitLinesReadOnOtherThreadsInAnyOrderGiveWhatReadEachLineGives() throws Exception {
        String good = AlberoJson.write(SamplePlans.full());
        String bad = AlberoJson.write(SamplePlans.minimal()).replace("\"plan\"", "\"nope\"");
        String tooLong = "x".repeat((int) AlberoJson.MAX_DOCUMENT_LENGTH + 1);
        byte[] file = String.join("\n", good, bad, " ", tooLong, good, "{").getBytes(StandardCharsets.UTF_8);
        List<PlanLine> expected;
        try (Stream<PlanLine> lines = AlberoJson.strict().readEachLine(new ByteArrayInputStream(file))) {
            expected = lines.collect(Collectors.toList());
        }
        List<Supplier<PlanLine>> split;
        try (Stream<Supplier<PlanLine>> lines = AlberoJson.strict().splitLines(new ByteArrayInputStream(file))) {
            split = lines.collect(Collectors.toList());
        }
        assertEquals(5, split.size());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<PlanLine>> read = new ArrayList<>();
            for (int i = split.size() - 1; i >= 0; i--) {
                read.add(0, pool.submit(split.get(i)::get));
            }
            for (int i = 0; i < expected.size(); i++) {
                PlanLine e = expected.get(i);
                PlanLine a = read.get(i).get();
                assertEquals(e.line(), a.line());
                assertEquals(e.bytes(), a.bytes());
                assertEquals(e.plan(), a.plan());
                assertEquals(e.error().map(AlberoJsonException::getMessage), a.error().map(AlberoJsonException::getMessage));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(1L, 2L, 4L, 5L, 6L), expected.stream().map(PlanLine::line).collect(Collectors.toList()));
        assertTrue(expected.get(2).error().get().problem().contains("the line is " + tooLong.length() + " bytes"));
    }

    @Test
    void aLineHoldingACarriageReturnIsLocatedByItsLineAloneNotByAColumnCountedFromTheReturn() {
        // a file saved with old Mac line ends (\r alone) is one JSON line: its second document is no column 1
        String a = AlberoJson.write(SamplePlans.minimal());
        String text = a + "\r" + a + "\n" + a.replace("\"plan\",", "\"plan\",\r\"title\":5,");
        List<PlanLine> lines = AlberoJson.readEachLine(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).toList();
        AlberoJsonException first = lines.get(0).error().orElseThrow();
        assertEquals("document: unexpected content after the end of the document ({) (line 1)", first.getMessage());
        AlberoJsonException second = lines.get(1).error().orElseThrow();
        assertEquals(2, second.line());
        assertEquals(-1, second.column());
        assertEquals("/title", second.pointer());
        // without a carriage return the column stays
        AlberoJsonException plain = AlberoJson.readEachLine(new ByteArrayInputStream(a.replace("\"plan\",", "\"plan\",\"title\":5,")
                .getBytes(StandardCharsets.UTF_8))).findFirst().orElseThrow().error().orElseThrow();
        assertEquals(1, plain.line());
        assertEquals(46, plain.column());
    }
}
