package io.github.albero.sheets;

import io.github.albero.InvalidValueException;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.Band;
import io.github.albero.achievement.BandTable;
import io.github.albero.achievement.Formula;
import io.github.albero.achievement.RangeRule;
import io.github.albero.achievement.RollupRule;
import io.github.albero.achievement.ScoreScale;
import io.github.albero.achievement.Treatment;
import io.github.albero.measure.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurement-method sheet ({@code Metodo / Method}): the plan's measurement method
 * ({@link io.github.albero.model.Plan#method()}, the choices of its <i>Sistema di misurazione e
 * valutazione della performance</i>) as one row per choice, the choice's name in the first
 * column and its value in the second, like the {@code Piano} sheet.
 *
 * <p>A sheet whose values are all empty (as in the blank template) states no method; a sheet
 * with at least one value states a method whose unstated choices are
 * {@link AchievementPolicy#defaults()}. The writer writes every choice of a stated method,
 * defaults included, so that the sheet shows the whole method; an absent optional choice
 * (threshold, score scale, late-deadline decline) is an empty value. The band table is one band
 * per line; a band label that spans lines cannot be written that way and is refused on writing
 * rather than written wrongly. The sheet's rows go straight into an
 * {@link AchievementPolicy.Builder}, which checks the choices together.
 */
final class MethodSheet {
    private MethodSheet() {
    }

    // ---- words ---------------------------------------------------------------------------------

    static final Kind<Formula> FORMULA = Kind.choice(Formula.class, f -> f == Formula.RATIO
            ? List.of("rapporto", "ratio")
            : List.of("rispetto al valore di partenza", "baseline aware", "dal valore di partenza"));

    static final Kind<Treatment> TREATMENT = Kind.choice(Treatment.class, t -> t == Treatment.EXCLUDE
            ? List.of("escluso", "left out", "escludere", "exclude")
            : List.of("conta zero", "counted as zero", "count as zero", "zero"));

    static final Kind<RangeRule> RANGE_RULE = Kind.choice(RangeRule.class, r -> r == RangeRule.ZERO
            ? List.of("zero", "zero")
            : List.of("in base alla distanza", "distance based", "distanza", "distance"));

    static final Kind<RollupRule> ROLLUP = Kind.choice(RollupRule.class, r -> {
        switch (r) {
            case WEIGHTED_MEAN:
                return List.of("media ponderata", "weighted mean");
            case SIMPLE_MEAN:
                return List.of("media semplice", "simple mean");
            default:
                return List.of("figlio peggiore", "worst child", "peggiore", "minimo");
        }
    });

    /** The roundings a method may state: every {@link RoundingMode} but {@code UNNECESSARY}, which cannot round 2/3. */
    static final Kind<RoundingMode> ROUNDING = Kind.choice(RoundingMode.class,
            List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN,
                    RoundingMode.CEILING, RoundingMode.FLOOR), m -> {
                switch (m) {
                    case HALF_UP:
                        return List.of("metà per eccesso", "half up", "arrotondamento commerciale", "come ROUND");
                    case HALF_EVEN:
                        return List.of("metà al pari", "half even", "arrotondamento bancario");
                    case HALF_DOWN:
                        return List.of("metà per difetto", "half down");
                    case UP:
                        return List.of("lontano da zero", "up");
                    case DOWN:
                        return List.of("verso zero", "down", "troncamento");
                    case CEILING:
                        return List.of("per eccesso", "ceiling");
                    default:
                        return List.of("per difetto", "floor");
                }
            });

    /** A percentage in points: a number ({@code 50}), a cell formatted as a percentage, or text ({@code 49,5%}). */
    static final Kind<Percentage> PERCENT = new Kind<>() {
        @Override
        Percentage read(Cell cell) {
            if (cell.type == Cell.Type.NUMBER) {
                return Percentage.of(cell.percent ? cell.number.movePointRight(2) : cell.number);
            }
            if (cell.type == Cell.Type.DATE) {
                throw new CellProblem(SheetRule.DATE_NOT_EXPECTED);
            }
            try {
                return Percentage.parse(Kind.textOf(cell));
            } catch (io.github.albero.InvalidValueException e) {
                throw new CellProblem(SheetRule.NOT_A_PERCENTAGE);
            }
        }

        @Override
        Object xlsx(Percentage value) {
            return value.points();
        }

        @Override
        String text(Percentage value) {
            return value.points().toPlainString().replace('.', ',');
        }
    };

    private static final List<String> NO_CAP = List.of("nessuno", "none", "senza tetto", "no cap");
    private static final Pattern NO_CAP_BOUND = Pattern.compile("(nessuno|none|senza tetto|no cap)\\s*\\((.*)\\)");

    /**
     * The cap: whether scores are capped and at what. An uncapped method still bounds manual
     * overrides by its cap value, so a bound other than 100 is kept: {@code nessuno (120)}.
     */
    record Cap(boolean capped, Percentage bound) {
    }

    /** The cap: a percentage from 100 to 1000, {@code nessuno} for no cap at all, {@code nessuno (120)} with another override bound. */
    static final Kind<Cap> CAP = new Kind<>() {
        @Override
        Cap read(Cell cell) {
            if (cell.type == Cell.Type.TEXT) {
                String f = Kind.fold(cell.text);
                if (NO_CAP.contains(f)) {
                    return new Cap(false, null);
                }
                Matcher m = NO_CAP_BOUND.matcher(f);
                if (m.matches()) {
                    return new Cap(false, PERCENT.read(Cell.text(m.group(2))));
                }
            }
            return new Cap(true, PERCENT.read(cell));
        }

        @Override
        Object xlsx(Cap value) {
            return value.capped() ? value.bound().points() : text(value);
        }

        @Override
        String text(Cap value) {
            if (value.capped()) {
                return PERCENT.text(value.bound());
            }
            return value.bound().equals(Percentage.HUNDRED) ? NO_CAP.get(0) : NO_CAP.get(0) + " (" + PERCENT.text(value.bound()) + ")";
        }
    };

    private static final Pattern STEP = Pattern.compile("\\s*(\\d{1,4}(?:[.,]\\d{1,6})?)\\s*%?\\s*(?:→|->|=>|:)\\s*(\\d{1,4}(?:[.,]\\d{1,6})?)\\s*%?\\s*");

    /**
     * A step scale: one step per line, {@code achievement from → score} in percentage points
     * ({@code 50% → 75%}; {@code ->}, {@code =>} or {@code :} for the arrow; a decimal comma or
     * point), the first from 0, ascending, every figure from 0 to 1000.
     */
    static final Kind<ScoreScale> STEPS = new Kind<>() {
        @Override
        ScoreScale read(Cell cell) {
            List<BigDecimal> values = new ArrayList<>();
            String[] lines = Kind.textOf(cell).split("\r\n|\n|\r");
            BigDecimal previous = null;
            int line = 0;
            for (String l : lines) {
                line++;
                if (l.isBlank()) {
                    continue;
                }
                Matcher m = STEP.matcher(l);
                BigDecimal from = m.matches() ? new BigDecimal(m.group(1).replace(',', '.')) : null;
                BigDecimal score = m.matches() ? new BigDecimal(m.group(2).replace(',', '.')) : null;
                boolean ok = from != null && from.compareTo(THOUSAND) <= 0 && score.compareTo(THOUSAND) <= 0
                        && (previous == null ? from.signum() == 0 : from.compareTo(previous) > 0);
                if (!ok) {
                    throw new CellProblem(SheetRule.BAD_SCORE_STEPS, Map.of("line", String.valueOf(line), "step", l.strip()));
                }
                previous = from;
                values.add(from);
                values.add(score);
            }
            if (values.isEmpty()) {
                throw new CellProblem(SheetRule.BAD_SCORE_STEPS, Map.of("line", "1", "step", ""));
            }
            return ScoreScale.steps(values.toArray(BigDecimal[]::new));
        }

        @Override
        String text(ScoreScale value) {
            List<String> lines = new ArrayList<>();
            for (ScoreScale.Step s : value.steps()) {
                lines.add(s.from().toPlainString().replace('.', ',') + "% → " + s.score().toPlainString().replace('.', ',') + "%");
            }
            return String.join("\n", lines);
        }
    };

    private static final String NUMBER = "([-+\u2212]?\\d{1,16}(?:[.,]\\d{1,6})?)";
    private static final Pattern BAND = Pattern.compile("(.*?\\S)\\s*([\\[(])\\s*(?:([-\u2212]\u221e|-inf)|" + NUMBER
            + "\\s*%?)\\s*(?:;|,(?=\\s))\\s*(?:(\\+?\u221e|\\+?inf)|" + NUMBER + "\\s*%?)\\s*([\\])])(?:\\s+(?:punteggio|score)\\s+"
            + NUMBER + ")?\\s*", Pattern.CASE_INSENSITIVE);

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace('\u2212', '-').replace(',', '.'));
    }

    /**
     * A band table: one band per line, tried in order, {@code label [from%; to%)} with a bracket
     * for a bound that belongs to the band and a parenthesis for one that does not, {@code −∞}
     * or {@code +∞} for an open side ({@code -inf}, {@code +inf}, {@code ∞} also do), and
     * {@code punteggio 3} ({@code score 3}) for a band's score; a decimal comma or point.
     */
    static final Kind<BandTable> BANDS = new Kind<>() {
        @Override
        BandTable read(Cell cell) {
            List<Band> bands = new ArrayList<>();
            String[] lines = Kind.textOf(cell).split("\r\n|\n|\r");
            for (int line = 1; line <= lines.length; line++) {
                String l = lines[line - 1];
                if (l.isBlank()) {
                    continue;
                }
                Matcher m = BAND.matcher(l);
                if (!m.matches()) {
                    throw new CellProblem(SheetRule.BAD_BAND, Map.of("line", String.valueOf(line), "band", l.strip()));
                }
                Percentage lower = m.group(4) == null ? null : Percentage.of(number(m.group(4)));
                Percentage upper = m.group(6) == null ? null : Percentage.of(number(m.group(6)));
                Band b = Band.of(m.group(1).strip(), lower, m.group(2).equals("["), upper, m.group(7).equals("]"));
                bands.add(m.group(8) == null ? b : b.withScore(number(m.group(8))));
            }
            return BandTable.of(bands);
        }

        @Override
        String text(BandTable value) {
            List<String> lines = new ArrayList<>();
            for (Band b : value.bands()) {
                lines.add(b.label() + " " + (b.lowerInclusive() ? "[" : "(") + b.lower().map(p -> PERCENT.text(p) + "%").orElse("\u2212\u221e")
                        + "; " + b.upper().map(p -> PERCENT.text(p) + "%").orElse("+\u221e") + (b.upperInclusive() ? "]" : ")")
                        + b.score().map(x -> " punteggio " + x.toPlainString().replace('.', ',')).orElse(""));
            }
            return String.join("\n", lines);
        }
    };

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /**
     * {@return the choice's setter, checking the value first by the core's own rule on a builder of
     * its own} A value the policy refuses is reported at its cell, in the core's words, and every bad
     * choice of the sheet is reported, not only the first.
     */
    private static <V> BiConsumer<AchievementPolicy.Builder, V> checked(BiConsumer<AchievementPolicy.Builder, V> set) {
        return (b, v) -> {
            try {
                AchievementPolicy.Builder alone = AchievementPolicy.builder();
                set.accept(alone, v);
                alone.build();
            } catch (InvalidValueException e) {
                throw new CellProblem(SheetRule.METHOD_OUT_OF_RANGE, Map.of("problem", e.message()));
            }
            set.accept(b, v);
        };
    }

    private static final AchievementPolicy DEFAULTS = AchievementPolicy.defaults();

    static final String STEPS_FIELD = "Gradini della scala";
    static final String LINEAR_FIELD = "Scala lineare da";
    static final String BANDS_FIELD = "Fasce";

    /** The choices, in the order written; each default named in its help. */
    static final List<Column<AchievementPolicy, AchievementPolicy.Builder>> FIELDS = List.of(
            Column.optional("Tetto", "Cap", "the highest score of an indicator, 100 to 1000 (100); nessuno/none: no cap at all (nessuno (120): manual overrides still bounded by 120)", CAP,
                    p -> Optional.of(new Cap(p.isCapped(), p.cap())),
                    checked((b, v) -> b.capped(v.capped()).cap(v.bound() == null ? DEFAULTS.cap() : v.bound()))),
            Column.optional("Formula", "Formula", "rapporto (the default) or rispetto al valore di partenza (baseline-aware)", FORMULA,
                    p -> Optional.of(p.formula()), AchievementPolicy.Builder::formula),
            Column.optional("Parziale realizzazione", "Partially achieved", "what a partially achieved milestone counts, 0 to 100 (50)",
                    PERCENT, p -> Optional.of(p.partiallyAchieved()), checked(AchievementPolicy.Builder::partiallyAchieved)),
            Column.optional("Rinviato", "Postponed", "what a postponed milestone counts, 0 to 100 (0)", PERCENT,
                    p -> Optional.of(p.postponed()), checked(AchievementPolicy.Builder::postponed)),
            Column.optional("Nulla da segnalare", "Nothing reported",
                    "a result of nothing reported: escluso (the default; siblings' weights renormalised) or conta zero", TREATMENT,
                    p -> Optional.of(p.nothingReported()), AchievementPolicy.Builder::nothingReported),
            Column.optional("Risultato mancante", "Missing result", "a year with a target and no result: escluso (the default) or conta zero",
                    TREATMENT, p -> Optional.of(p.missingResult()), AchievementPolicy.Builder::missingResult),
            Column.optional("Fuori intervallo", "Outside range", "a result outside a target range: zero (the default) or in base alla distanza",
                    RANGE_RULE, p -> Optional.of(p.outsideRange()), AchievementPolicy.Builder::outsideRange),
            Column.optional("Aggregazione", "Rollup", "media ponderata (the default), media semplice or figlio peggiore", ROLLUP,
                    p -> Optional.of(p.rollup()), AchievementPolicy.Builder::rollup),
            Column.optional("Decimali", "Decimals", "decimals of every score, 0 to 6 (2)", Kind.INTEGER, p -> Optional.of(p.scale()),
                    checked(AchievementPolicy.Builder::scale)),
            Column.optional("Arrotondamento", "Rounding",
                    "metà al pari (half even, the default), metà per eccesso (half up, a spreadsheet's ROUND), metà per difetto, lontano da zero, verso zero, per eccesso or per difetto",
                    ROUNDING, p -> Optional.of(p.rounding()), AchievementPolicy.Builder::rounding),
            Column.optional("Aggregazione dai valori esatti", "Rollup from exact values",
                    "sì: parents from their children's exact values, only displayed rounded (no: from the rounded scores, the default)",
                    Kind.YES_NO, p -> Optional.of(p.rollsUpExactValues()), AchievementPolicy.Builder::rollupFromExactValues),
            Column.optional("Soglia minima", "Minimum threshold", "an achievement ratio below it scores 0, 0 to 1000 (none)", PERCENT,
                    AchievementPolicy::minimumThreshold, checked(AchievementPolicy.Builder::minimumThreshold)),
            Column.optional(STEPS_FIELD, "Score steps",
                    "a step score scale, one step per line: achievement from → score, e.g. 0% → 0%, 50% → 50%, 100% → 100% (none)", STEPS,
                    p -> p.scoreScale().filter(s -> !s.isLinear()), AchievementPolicy.Builder::scoreScale),
            Column.optional(LINEAR_FIELD, "Linear scale from",
                    "or a linear score scale: the ratio that scores 0, 0 to 99,99; the target scores 100 (none)", PERCENT,
                    p -> p.scoreScale().flatMap(ScoreScale::floor), checked((b, v) -> b.scoreScale(ScoreScale.linear(v)))),
            Column.optional("Calo per giorno di ritardo", "Late deadline decline",
                    "points a deadline met late loses per day late, 0 to 100 (none: late scores 0)", PERCENT,
                    AchievementPolicy::lateDeadlineDecline, checked(AchievementPolicy.Builder::lateDeadlineDecline)),
            Column.optional(BANDS_FIELD, "Bands",
                    "the band table giving each score its status, one band per line, tried in order: label [from%; to%) punteggio score, e.g. ottimo [95%; +∞) punteggio 4, buono [80%; 95%), da migliorare (−∞; 80%) (achieved [90%; +∞), partially achieved [70%; 90%), not achieved (−∞; 70%))",
                    BANDS, p -> Optional.of(p.bands()), AchievementPolicy.Builder::bands));

    static final Template.SheetDef SHEET = new Template.SheetDef("Metodo", "Method", false,
            "The measurement method the document states (SMVP): one row per choice; leave every value empty when the document states none.",
            List.of(Column.key(Template.FIELD, "Field", true, "the choice's name"), Column.key(Template.VALUE, "Value", false, "its value")));

    /** {@return the choices by folded Italian, English and combined name} */
    static Map<String, Column<AchievementPolicy, AchievementPolicy.Builder>> fieldsByName() {
        Map<String, Column<AchievementPolicy, AchievementPolicy.Builder>> m = new LinkedHashMap<>();
        for (Column<AchievementPolicy, AchievementPolicy.Builder> c : FIELDS) {
            m.put(Kind.fold(c.italian), c);
            m.put(Kind.fold(c.english), c);
            m.put(Kind.fold(c.header()), c);
        }
        return m;
    }

    static Column<AchievementPolicy, AchievementPolicy.Builder> field(String italian) {
        return FIELDS.stream().filter(c -> c.italian.equals(italian)).findFirst().orElseThrow();
    }

    /** {@return true when the sheet can hold the method: no band label spans lines (one band per line)} */
    static boolean carries(AchievementPolicy method) {
        return method.bands().bands().stream().noneMatch(b -> b.label().contains("\n") || b.label().contains("\r"));
    }
}
