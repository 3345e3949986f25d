package io.github.albero.examples;

import io.github.albero.InvalidValueException;
import io.github.albero.json.AlberoJson;
import io.github.albero.json.AlberoJsonException;
import io.github.albero.model.Plan;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The README's "run" command (<i>esempio</i>): analyses a performance report, by default the
 * bundled 2017 report of the Camera di Commercio di Lucca, and prints
 * <ol>
 * <li>the validation findings;</li>
 * <li>the achievement tree for the reference year, mission → program → strategic objective →
 *     indicator, with score, status and explanation;</li>
 * <li>the resources table: budget against actual revenues, costs and investments per
 *     objective, program, mission and in total, with variances and their direction;</li>
 * </ol>
 * then writes the same as a self-contained HTML page with two inline SVG charts.
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java
 * mvn -q -pl examples -am compile exec:java -Dexec.args="--locale en"
 * mvn -q -pl examples -am compile exec:java -Dexec.args="--year 2016 /path/to/report.json"
 * </pre>
 *
 * <p>Options: {@code --locale it|en} (labels and numbers, Italian by default), {@code --year N}
 * (the report's reference year by default), {@code --html FILE} (by default
 * {@code examples/target/albero-report.html}). Progress messages go to standard error, the
 * report to standard output.
 */
public final class ReportExample {
    /** The system property naming the directory of the HTML report; examples/pom.xml sets it to the build directory. */
    public static final String OUTPUT_DIRECTORY_PROPERTY = "albero.examples.outputDirectory";
    /** The HTML report's file name. */
    public static final String HTML_FILE = "albero-report.html";

    // JUL keeps loggers weakly: hold the configured one so the level sticks
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private ReportExample() {
    }

    /**
     * @param args {@code [--locale it|en] [--year N] [--html FILE] [report.json]}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the example.
     *
     * @param args the command-line arguments
     * @param out where the report goes
     * @param err where progress messages and errors go
     * @return 0 on success, 1 when the input cannot be read or analysed, 2 on bad arguments
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        quietHibernateValidator();
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Labels.of(Locale.ITALIAN).get("usage"));
            return 2;
        }
        Labels labels = Labels.of(options.locale);
        Formats formats = Formats.of(options.locale);
        try {
            Plan plan;
            String source;
            if (options.input.isPresent()) {
                source = options.input.get().toString();
                err.println(labels.get("reading", source));
                plan = AlberoJson.read(options.input.get());
            } else {
                source = BundledReport.RESOURCE;
                err.println(labels.get("reading", source));
                plan = BundledReport.load();
            }
            int year = options.year.orElse(plan.referenceYear());
            Analysis analysis = Analysis.of(plan, year, err::println, labels);
            out.print(TextReport.render(analysis, labels, formats));
            out.flush();
            Path html = options.html.orElseGet(ReportExample::defaultHtmlPath);
            err.println(labels.get("html.writing"));
            Files.createDirectories(html.toAbsolutePath().getParent());
            Files.writeString(html, HtmlReport.render(analysis, labels, formats, source), StandardCharsets.UTF_8);
            out.println();
            out.println(labels.get("html.written", html.toAbsolutePath().normalize()));
            return 0;
        } catch (AlberoJsonException | InvalidValueException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(e);
            return 1;
        }
    }

    // Hibernate Validator logs its version (HV000001) through jboss-logging at first use
    private static void quietHibernateValidator() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
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
        Optional<Path> input = Optional.empty();

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--locale":
                        o.locale = locale(value(args, ++i, a));
                        break;
                    case "--year":
                        String y = value(args, ++i, a);
                        try {
                            o.year = Optional.of(Integer.parseInt(y));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--year: \"" + y + "\" is not a year");
                        }
                        break;
                    case "--html":
                        o.html = Optional.of(Path.of(value(args, ++i, a)));
                        break;
                    default:
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        rest.add(a);
                }
            }
            if (rest.size() > 1) {
                throw new IllegalArgumentException("one report at a time, got " + rest.size() + ": " + rest);
            }
            o.input = rest.stream().findFirst().map(Path::of);
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].isBlank()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static Locale locale(String tag) {
            Locale l = Locale.forLanguageTag(tag.replace('_', '-'));
            if (l.getLanguage().equals("it")) {
                return Locale.ITALIAN;
            }
            if (l.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            throw new IllegalArgumentException("--locale: \"" + tag + "\" is not supported; use it or en");
        }
    }
}
