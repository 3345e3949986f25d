package io.github.albero.achievement;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The few lines of {@link AchievementReport#summary(Locale)}. */
final class Summaries {
    private Summaries() {
    }

    static String of(AchievementReport report, Locale locale) {
        boolean it = "it".equals(locale.getLanguage());
        AchievementNode root = report.root();
        StringBuilder sb = new StringBuilder();
        sb.append(it ? "Grado di raggiungimento " : "Achievement ").append(report.year()).append(": ")
                .append(root.score().map(s -> Row.percent(s.points(), locale)).orElse(it ? "non misurabile" : "not measurable"))
                .append(" — ").append(root.explanation().render(locale)).append('\n');
        counts(sb, report.objectives(), it ? "obiettivi strategici" : "strategic objectives", locale);
        counts(sb, report.indicators(), it ? "indicatori" : "indicators", locale);
        Rows missing = report.indicators().notMeasurable();
        if (!missing.isEmpty()) {
            sb.append(it ? "Indicatori non misurabili:" : "Indicators not measurable:").append('\n');
            for (Row r : missing) {
                sb.append("- ").append(r.objectiveCode()).append(' ').append(r.name()).append(": ").append(r.reason(locale)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void counts(StringBuilder sb, Rows rows, String noun, Locale locale) {
        boolean it = "it".equals(locale.getLanguage());
        Map<String, Integer> byBand = new LinkedHashMap<>();
        report(rows, locale, byBand);
        sb.append(rows.size()).append(' ').append(noun).append(": ");
        StringBuilder parts = new StringBuilder();
        byBand.forEach((band, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ').append(band));
        sb.append(parts.length() == 0 ? (it ? "nessuno" : "none") : parts).append('\n');
    }

    private static void report(Rows rows, Locale locale, Map<String, Integer> byBand) {
        boolean it = "it".equals(locale.getLanguage());
        for (Row r : rows) {
            String band = !r.measurable() ? (it ? "non misurabili" : "not measurable")
                    : r.bandLabel(locale).isEmpty() ? (it ? "senza fascia" : "in no band") : r.bandLabel(locale);
            byBand.merge(band, 1, Integer::sum);
        }
    }
}
