package io.github.albero.sheets;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Weight;
import io.github.albero.model.IndicatorType;
import io.github.albero.money.Money;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How one type of value is read from a cell and written to one: text, list, money, weight,
 * whole number, year, year range, a word from a list. Reading accepts typed cells (numbers,
 * dates) and Italian or plain text; writing gives typed XLSX cells and Italian text for CSV.
 *
 * @param <V> the value type
 */
abstract class Kind<V> {
    /** Reads a non-empty cell. @throws CellProblem or InvalidValueException when the cell breaks a rule */
    abstract V read(Cell cell);

    /** {@return the XLSX content: a String, or a BigDecimal/Integer for a numeric cell} */
    Object xlsx(V value) {
        return text(value);
    }

    /** {@return the text written to CSV} */
    abstract String text(V value);

    /** {@return the number format of an XLSX numeric cell, or null} */
    String format() {
        return null;
    }

    static String textOf(Cell cell) {
        switch (cell.type) {
            case ERROR:
                throw new CellProblem(SheetRule.CELL_ERROR);
            case FORMULA_WITHOUT_VALUE:
                throw new CellProblem(SheetRule.FORMULA_WITHOUT_VALUE);
            default:
                return cell.shown();
        }
    }

    static final Kind<String> TEXT = new Kind<>() {
        @Override
        String read(Cell cell) {
            return textOf(cell);
        }

        @Override
        String text(String value) {
            return value;
        }
    };

    /** One item per line; an item cannot itself hold a line break. */
    static final Kind<List<String>> LIST = new Kind<>() {
        @Override
        List<String> read(Cell cell) {
            List<String> items = new ArrayList<>();
            for (String line : LINE_BREAK.split(textOf(cell), -1)) {
                if (!Formats.isBlank(line)) {
                    items.add(line);
                }
            }
            return items;
        }

        @Override
        String text(List<String> value) {
            for (String item : value) {
                if (item.indexOf('\n') >= 0 || item.indexOf('\r') >= 0) {
                    throw new CellProblem(SheetRule.INVALID_VALUE, Map.of("problem", Messages.CATALOG.message("problem.listItemLineBreak", Map.of())));
                }
            }
            return String.join("\n", value);
        }
    };

    static final Kind<Money> MONEY = new Kind<>() {
        @Override
        Money read(Cell cell) {
            return cell.type == Cell.Type.NUMBER ? Money.of(cell.number) : Money.parse(textOrNumber(cell));
        }

        @Override
        Object xlsx(Money value) {
            return value.amount();
        }

        @Override
        String text(Money value) {
            return value.amount().toPlainString().replace('.', ',');
        }

        @Override
        String format() {
            return "#,##0.00";
        }
    };

    static final Kind<Weight> WEIGHT = new Kind<>() {
        @Override
        Weight read(Cell cell) {
            if (cell.type == Cell.Type.NUMBER) {
                return Weight.of(cell.percent ? cell.number.movePointRight(2) : cell.number);
            }
            return Weight.parse(textOrNumber(cell));
        }

        @Override
        Object xlsx(Weight value) {
            return value.value();
        }

        @Override
        String text(Weight value) {
            return value.value().toPlainString().replace('.', ',');
        }
    };

    static final Kind<Integer> INTEGER = new Kind<>() {
        @Override
        Integer read(Cell cell) {
            return whole(cell, SheetRule.NOT_A_NUMBER);
        }

        @Override
        Object xlsx(Integer value) {
            return value;
        }

        @Override
        String text(Integer value) {
            return value.toString();
        }
    };

    static final Kind<Integer> YEAR = new Kind<>() {
        @Override
        Integer read(Cell cell) {
            int year = whole(cell, SheetRule.NOT_A_YEAR);
            if (year < YearRange.MIN_YEAR || year > YearRange.MAX_YEAR) {
                throw new CellProblem(SheetRule.NOT_A_YEAR);
            }
            return year;
        }

        @Override
        Object xlsx(Integer value) {
            return value;
        }

        @Override
        String text(Integer value) {
            return value.toString();
        }
    };

    static final Kind<YearRange> YEARS = new Kind<>() {
        @Override
        YearRange read(Cell cell) {
            if (cell.type == Cell.Type.NUMBER) {
                return YearRange.of(YEAR.read(cell));
            }
            return YearRange.parse(textOrNumber(cell));
        }

        @Override
        String text(YearRange value) {
            return value.toString();
        }
    };

    static final Kind<IndicatorType> INDICATOR_TYPE = new Kind<>() {
        @Override
        IndicatorType read(Cell cell) {
            return IndicatorType.of(textOf(cell));
        }

        @Override
        String text(IndicatorType value) {
            return value.label();
        }
    };

    /** Yes or no: a boolean cell, or sì/si/yes/vero/true and no/false/falso. */
    static final Kind<Boolean> YES_NO = new Kind<>() {
        @Override
        Boolean read(Cell cell) {
            String f = fold(textOf(cell));
            if (f.equals("si") || f.equals("yes") || f.equals("vero") || f.equals("true")) {
                return Boolean.TRUE;
            }
            if (f.equals("no") || f.equals("falso") || f.equals("false")) {
                return Boolean.FALSE;
            }
            throw new CellProblem(SheetRule.NOT_IN_LIST, Map.of("allowed", "sì, no"));
        }

        @Override
        String text(Boolean value) {
            return value ? "sì" : "no";
        }
    };

    /** A decimal number (parts of a ratio, a breakdown's value, FTE): a numeric cell or Italian/plain text, at most six decimals. */
    static final Kind<BigDecimal> DECIMAL = new Kind<>() {
        @Override
        BigDecimal read(Cell cell) {
            if (cell.type == Cell.Type.NUMBER) {
                return cell.percent ? cell.number.movePointRight(2) : cell.number;
            }
            Quantity q = Quantity.parse(textOrNumber(cell));
            if (q.unit().isPresent()) {
                throw new CellProblem(SheetRule.NOT_A_DECIMAL);
            }
            return q.value();
        }

        @Override
        Object xlsx(BigDecimal value) {
            return value;
        }

        @Override
        String text(BigDecimal value) {
            return value.toPlainString().replace('.', ',');
        }
    };

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A day: a date cell, or text as {@code 30/06/2023} or {@code 2023-06-30}; written as a date cell (XLSX) or {@code 30/06/2023} (CSV). */
    static final Kind<LocalDate> DATE = new Kind<>() {
        @Override
        LocalDate read(Cell cell) {
            if (cell.type == Cell.Type.DATE) {
                return cell.date.toLocalDate();
            }
            if (cell.type != Cell.Type.TEXT) {
                textOf(cell);
                throw new CellProblem(SheetRule.NOT_A_DATE);
            }
            String s = cell.text.strip();
            try {
                LocalDate d = s.indexOf('/') >= 0 ? LocalDate.parse(s, ITALIAN_DATE) : LocalDate.parse(s);
                YearRange.checkYear("date", d.getYear());
                return d;
            } catch (DateTimeException | InvalidValueException e) {
                throw new CellProblem(SheetRule.NOT_A_DATE);
            }
        }

        @Override
        Object xlsx(LocalDate value) {
            return value;
        }

        @Override
        String text(LocalDate value) {
            return value.format(ITALIAN_DATE);
        }

        @Override
        String format() {
            return "dd/mm/yyyy";
        }
    };

    private static String textOrNumber(Cell cell) {
        if (cell.type == Cell.Type.DATE) {
            throw new CellProblem(SheetRule.DATE_NOT_EXPECTED);
        }
        return textOf(cell);
    }

    private static int whole(Cell cell, SheetRule rule) {
        if (cell.type == Cell.Type.DATE) {
            throw new CellProblem(SheetRule.DATE_NOT_EXPECTED);
        }
        BigDecimal n;
        if (cell.type == Cell.Type.NUMBER) {
            n = cell.number;
        } else {
            String s = textOf(cell).replace('\u00A0', ' ').strip();
            if (!WHOLE.matcher(s).matches()) {
                throw new CellProblem(rule);
            }
            n = new BigDecimal(s);
        }
        try {
            return n.setScale(0, RoundingMode.UNNECESSARY).intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new CellProblem(rule);
        }
    }

    /** {@return lower case, accents and punctuation spacing folded: {@code "Maggiore è meglio"} → {@code "maggiore e meglio"}} */
    static String fold(String s) {
        if (isFolded(s)) {
            return s;
        }
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return SPACING.matcher(n.toLowerCase(Locale.ROOT).replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,10}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACING = Pattern.compile("[\\s_]+");

    // most cells are already folded (lower-case ASCII words with single spaces): they are read on every row
    private static boolean isFolded(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            // lower-case letters, digits, ASCII punctuation before 'A', and single inner spaces are unchanged by folding
            boolean ok = (c >= 'a' && c <= 'z') || (c > ' ' && c < 'A') || (c == ' ' && s.charAt(i - 1) != ' ');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word from a fixed list: the first label of each constant is written; every label, the
     * constant's name and its camelCase JSON name are read, ignoring case and accents.
     */
    static <E extends Enum<E>> Kind<E> choice(Class<E> type, Function<E, List<String>> labels) {
        return choice(type, List.of(type.getEnumConstants()), labels);
    }

    /** The same, for some constants of the type only (the others are not in the list). */
    static <E extends Enum<E>> Kind<E> choice(Class<E> type, List<E> constants, Function<E, List<String>> labels) {
        Map<String, E> byLabel = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (E e : constants) {
            List<String> l = labels.apply(e);
            shown.add(l.get(0));
            for (String label : l) {
                byLabel.put(fold(label), e);
            }
            byLabel.put(fold(e.name()), e);
            byLabel.put(fold(e.name().replace("_", "")), e);
        }
        String allowed = String.join(", ", shown);
        return new Kind<>() {
            @Override
            E read(Cell cell) {
                E e = byLabel.get(fold(textOf(cell)));
                if (e == null) {
                    throw new CellProblem(SheetRule.NOT_IN_LIST, Map.of("allowed", allowed));
                }
                return e;
            }

            @Override
            String text(E value) {
                return labels.apply(value).get(0);
            }
        };
    }

    /** Wraps a core parse so that its {@link InvalidValueException} reads as a cell problem. */
    static CellProblem invalid(InvalidValueException e) {
        return new CellProblem(SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
    }
}
