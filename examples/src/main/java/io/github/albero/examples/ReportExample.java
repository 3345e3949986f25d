package io.github.albero.examples;

import io.github.albero.fixtures.PiaoExample;
import io.github.albero.InvalidValueException;
import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.json.AlberoJson;
import io.github.albero.sheets.AlberoSheets;
import io.github.albero.sheets.SheetsException;
import io.github.albero.json.AlberoJsonException;
import io.github.albero.model.Plan;
import io.github.albero.report.Analysis;
import io.github.albero.report.ReportFormat;
import io.github.albero.report.ReportRenderer;
import io.github.albero.text.UnsafeText;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.ValidationReport;
import io.github.albero.variance.VarianceCalculator;
import io.github.albero.variance.VarianceReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The README's "run" command (<i>esempio</i>): analyses a performance plan or report, by default
 * the bundled 2017 report of the Camera di Commercio di Lucca, with {@code albero-report}: prints
 * the summary, the achievement tree, the resources table and the findings, and writes the same
 * as a self-contained HTML page (and, if asked, Markdown).
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java
 * mvn -q -pl examples -am compile exec:java -Dexec.args="--locale en"
 * mvn -q -pl examples -am compile exec:java -Dexec.args="--year 2016 /path/to/report.json"
 * mvn -q -pl examples -am compile exec:java -Dexec.args="--help"
 * </pre>
 *
 * <p>Options: {@code --locale it|en} (labels, messages and numbers; Italian by default),
 * {@code --year N} (the document's reference year by default; it must lie within the horizon and
 * applies to every section), {@code --html FILE} (by default {@code examples/target/albero-report.html}),
 * {@code --markdown FILE}, {@code --piao} (the bundled PIAO-shaped example of {@code albero-fixtures}
 * instead of the 2017 report: public value, ratio indicators, monitoring, a revised target;
 * its page is {@code albero-piao.html}), {@code --help}. Paths are relative to the working directory, and the
 * program prints them so. Progress messages and errors go to standard error, in the chosen
 * language, naming the file and the problem; the report goes to standard output.
 *
 * <p>Exit codes: {@value #OK} the report was written; {@value #BAD_INPUT} bad input data (the
 * file is missing, unreadable or not a valid Albero document); {@value #BAD_ARGUMENTS} bad
 * arguments (unknown option, missing value, unsupported locale, a year that is not a year or
 * lies outside the document's horizon). Everything is rendered before anything is printed or
 * written, and files are written through a temporary file: a failure leaves no half-written
 * report and no stale one passed off as new.
 */
public final class ReportExample {
    /** Exit code: the report was analysed and written. */
    public static final int OK = 0;
    /** Exit code: bad input data. */
    public static final int BAD_INPUT = 1;
    /** Exit code: bad arguments. */
    public static final int BAD_ARGUMENTS = 2;
    /** The system property naming the directory of the HTML report; examples/pom.xml sets it to the build directory. */
    public static final String OUTPUT_DIRECTORY_PROPERTY = "albero.examples.outputDirectory";
    /** The HTML report's file name. */
    public static final String HTML_FILE = "albero-report.html";
    /** The HTML file of the PIAO example ({@code --piao}), beside {@link #HTML_FILE}. */
    public static final String PIAO_HTML_FILE = "albero-piao.html";

    private ReportExample() {
    }

    /**
     * Runs the example: validates the report, computes its achievement and variances, and prints them as text and HTML.
     *
     * @param args {@code [--locale it|en] [--year N] [--html FILE] [--markdown FILE] [--help] [report.json]}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /** A problem that ends the run with an exit code and a message in the chosen language. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Stop(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /**
     * Runs the example.
     *
     * @param args the command-line arguments
     * @param out where the report goes
     * @param err where progress messages and errors go
     * @return {@value #OK}, {@value #BAD_INPUT} or {@value #BAD_ARGUMENTS}
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Cli cli = Cli.of(Options.localeOf(args));
        try {
            Options options = Options.parse(args, cli);
            if (options.help) {
                out.println(cli.get("usage"));
                out.println();
                out.println(cli.get("help"));
                return OK;
            }
            return analyse(options, cli, out, err);
        } catch (Stop stop) {
            err.println(stop.getMessage());
            if (stop.status == BAD_ARGUMENTS) {
                err.println(cli.get("usage"));
                err.println(cli.get("seeHelp"));
            }
            return stop.status;
        }
    }

    private static int analyse(Options options, Cli cli, PrintStream out, PrintStream err) throws Stop {
        // the bundled 2017 report by default; --piao: the bundled PIAO-shaped example (format 1.1)
        String source = options.input.map(ReportExample::shown).orElse(options.piao ? PiaoExample.RESOURCE : BundledReport.RESOURCE);
        err.println(cli.get("reading", source));
        Plan plan = options.input.isPresent() ? read(options.input.get(), source, cli) : options.piao ? PiaoExample.plan() : BundledReport.load();
        int year = options.year.orElse(plan.referenceYear());
        if (!plan.horizon().contains(year)) {
            throw new Stop(BAD_ARGUMENTS, cli.get("error.yearOutside", year, source, plan.horizon()));
        }
        ReportRenderer renderer = ReportRenderer.of(options.locale).withSource(source);
        Path html = options.html.orElseGet(() -> options.piao ? defaultHtmlPath().resolveSibling(PIAO_HTML_FILE) : defaultHtmlPath());
        String text;
        Analysis analysis;
        try {
            err.println(cli.get("validating"));
            ValidationReport validation = PlanValidator.create().validate(plan);
            err.println(cli.get("achievement", year));
            AchievementReport achievement = AchievementCalculator.defaults().evaluate(plan, year);
            err.println(cli.get("variance", year));
            VarianceReport variance = VarianceCalculator.againstBudget().evaluate(plan, year);
            analysis = Analysis.of(plan, year, validation, achievement, variance);
            // rendered before anything is printed or written: a failure leaves nothing half done
            text = renderer.text(analysis);
        } catch (InvalidValueException e) {
            throw new Stop(BAD_INPUT, cli.get("error.invalid", source, UnsafeText.visible(e.getMessage())));
        } catch (RuntimeException e) {
            throw new Stop(BAD_INPUT, cli.get("error.internal", source, e.getMessage() == null ? "-" : UnsafeText.visible(e.getMessage())));
        }
        Optional<String> problem = write(renderer, analysis, ReportFormat.HTML, html, cli, err);
        if (problem.isEmpty() && options.markdown.isPresent()) {
            problem = write(renderer, analysis, ReportFormat.MARKDOWN, options.markdown.get(), cli, err);
        }
        if (problem.isPresent()) {
            // the output path the user gave cannot be written: a bad argument
            throw new Stop(BAD_ARGUMENTS, problem.get());
        }
        Optional<Path> xlsx = writeXlsx(plan, html, cli, err);
        out.print(text);
        out.println();
        out.println(cli.get("html.written", shown(html)));
        xlsx.ifPresent(x -> out.println(cli.get("xlsx.written", shown(x))));
        options.markdown.ifPresent(md -> out.println(cli.get("markdown.written", shown(md))));
        out.flush();
        return OK;
    }

    /** {@return the message when the file cannot be written} */
    private static Optional<String> write(ReportRenderer renderer, Analysis analysis, ReportFormat format, Path file, Cli cli,
            PrintStream err) {
        err.println(cli.get("writing", shown(file)));
        try {
            renderer.write(analysis, format, file);
            return Optional.empty();
        } catch (UncheckedIOException e) {
            return Optional.of(cli.get("error.write", shown(file)));
        }
    }

    /**
     * Writes the plan through the spreadsheet template (albero-sheets) beside the HTML report,
     * e.g. {@code examples/target/relazione-2017.xlsx}; a plan the template cannot carry is only
     * mentioned, since the report itself is done.
     */
    private static Optional<Path> writeXlsx(Plan plan, Path html, Cli cli, PrintStream err) {
        Path xlsx = html.toAbsolutePath().resolveSibling("relazione-" + plan.referenceYear() + ".xlsx");
        err.println(cli.get("writing", shown(xlsx)));
        try {
            AlberoSheets.write(plan, xlsx);
            return Optional.of(xlsx);
        } catch (SheetsException | UncheckedIOException e) {
            err.println(cli.get("xlsx.skipped", shown(xlsx)));
            return Optional.empty();
        }
    }

    private static Plan read(Path file, String shown, Cli cli) throws Stop {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new Stop(BAD_INPUT, cli.get("error.directory", shown));
            }
            if (Files.size(file) > AlberoJson.MAX_DOCUMENT_LENGTH) {
                throw new Stop(BAD_INPUT, cli.get("error.tooLarge", shown, AlberoJson.MAX_DOCUMENT_LENGTH));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Stop(BAD_INPUT, cli.get("error.notFound", shown));
        } catch (AccessDeniedException e) {
            throw new Stop(BAD_INPUT, cli.get("error.denied", shown));
        } catch (IOException e) {
            throw new Stop(BAD_INPUT, cli.get("error.unreadable", shown));
        }
        try {
            return AlberoJson.read(bytes);
        } catch (AlberoJsonException e) {
            throw new Stop(BAD_INPUT, cli.get("error.json", shown, e.line(), e.column(), UnsafeText.visible(e.pointer()),
                    UnsafeText.visible(e.problem())));
        } catch (InvalidValueException e) {
            throw new Stop(BAD_INPUT, cli.get("error.invalid", shown, UnsafeText.visible(e.getMessage())));
        } catch (UncheckedIOException e) {
            throw new Stop(BAD_INPUT, cli.get("error.unreadable", shown));
        }
    }

    /** {@return the path relative to the working directory when it can be, neutralised for printing} */
    static String shown(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String s;
        try {
            s = abs.getRoot() != null && abs.getRoot().equals(cwd.getRoot()) ? cwd.relativize(abs).toString() : abs.toString();
        } catch (IllegalArgumentException e) {
            s = abs.toString();
        }
        return UnsafeText.visible(s.isEmpty() ? "." : s);
    }

    /**
     * The default place of the HTML report: the directory named by
     * {@value #OUTPUT_DIRECTORY_PROPERTY} (set by exec:java), else the {@code target} directory
     * these classes were compiled into, else {@code examples/target} below the working
     * directory when it is the repository's root, else the working directory.
     */
    static Path defaultHtmlPath() {
        String dir = System.getProperty(OUTPUT_DIRECTORY_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir, HTML_FILE);
        }
        try {
            Path classes = Path.of(ReportExample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(classes) && classes.getParent() != null && classes.getParent().getFileName() != null
                    && classes.getParent().getFileName().toString().equals("target")) {
                return classes.getParent().resolve(HTML_FILE);
            }
        } catch (Exception unknownLocation) {
            // fall through to the working directory
        }
        Path root = Path.of("examples", "pom.xml");
        return Files.exists(root) ? Path.of("examples", "target", HTML_FILE) : Path.of(HTML_FILE);
    }

    /** The parsed command line. */
    static final class Options {
        Locale locale = Locale.ITALIAN;
        Optional<Integer> year = Optional.empty();
        Optional<Path> html = Optional.empty();
        Optional<Path> markdown = Optional.empty();
        Optional<Path> input = Optional.empty();
        boolean help;
        boolean piao;

        /** The locale asked for, looked up first so that every other message is in it; Italian when absent or unsupported. */
        static Locale localeOf(String[] args) {
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("--locale")) {
                    Optional<Locale> l = supported(args[i + 1]);
                    if (l.isPresent()) {
                        return l.get();
                    }
                }
            }
            return Locale.ITALIAN;
        }

        private static Optional<Locale> supported(String tag) {
            String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
            return language.equals("it") ? Optional.of(Locale.ITALIAN) : language.equals("en") ? Optional.of(Locale.ENGLISH) : Optional.empty();
        }

        static Options parse(String[] args, Cli cli) throws Stop {
            Options o = new Options();
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help":
                    case "-h":
                        o.help = true;
                        break;
                    case "--locale":
                        String tag = value(args, ++i, a, cli);
                        o.locale = supported(tag).orElseThrow(() -> new Stop(BAD_ARGUMENTS, cli.get("error.locale", UnsafeText.visible(tag))));
                        break;
                    case "--year":
                        String y = value(args, ++i, a, cli);
                        if (!y.strip().matches("\\d{4}")) {
                            throw new Stop(BAD_ARGUMENTS, cli.get("error.year", UnsafeText.visible(y)));
                        }
                        o.year = Optional.of(Integer.parseInt(y.strip()));
                        break;
                    case "--html":
                        o.html = Optional.of(path(value(args, ++i, a, cli), a, cli));
                        break;
                    case "--piao":
                        o.piao = true;
                        break;
                    case "--markdown":
                        o.markdown = Optional.of(path(value(args, ++i, a, cli), a, cli));
                        break;
                    default:
                        if (a.startsWith("-") && a.length() > 1) {
                            throw new Stop(BAD_ARGUMENTS, cli.get("error.unknownOption", UnsafeText.visible(a)));
                        }
                        rest.add(a);
                }
            }
            if (rest.size() > 1) {
                throw new Stop(BAD_ARGUMENTS, cli.get("error.tooManyInputs", rest.size()));
            }
            if (o.piao && !rest.isEmpty()) {
                throw new Stop(BAD_ARGUMENTS, cli.get("error.tooManyInputs", rest.size() + 1));
            }
            if (!rest.isEmpty()) {
                o.input = Optional.of(path(rest.get(0), "report.json", cli));
            }
            return o;
        }

        private static Path path(String text, String option, Cli cli) throws Stop {
            try {
                return Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                throw new Stop(BAD_ARGUMENTS, cli.get("error.invalid", option, UnsafeText.visible(text)));
            }
        }

        private static String value(String[] args, int i, String option, Cli cli) throws Stop {
            if (i >= args.length || args[i].isBlank()) {
                throw new Stop(BAD_ARGUMENTS, cli.get("error.missingValue", option));
            }
            return args[i];
        }
    }
}
