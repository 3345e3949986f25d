package io.github.albero.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders an {@link Analysis} (<i>report</i>) as a self-contained HTML page, Markdown or terminal
 * text, in Italian or English.
 *
 * <p>Every format opens with a summary (headline achievement and band, achievement per mission
 * and program, objectives per band, budget against actual per line, the errors), the HTML and
 * Markdown go on with one <i>scheda</i> per strategic objective in the document's order, and all
 * end with the validation findings grouped by rule, placed by codes and titles. Texts of the
 * document are shown safely: control and bidirectional-override characters appear as visible
 * stand-ins ({@code ␛}, {@code ⟦U+202E⟧}), supplementary characters are never split, long words
 * wrap.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Analysis analysis = Analysis.of(plan, 2017);
 * ReportRenderer it = ReportRenderer.of(Locale.ITALIAN);
 * String html = it.render(analysis, ReportFormat.HTML);
 * it.write(analysis, ReportFormat.HTML, Path.of("relazione-2017.html"));   // temp file, then moved into place
 * }</pre>
 */
public final class ReportRenderer {
    private final Labels labels;
    private final Formats formats;
    private final String source;

    private ReportRenderer(Locale locale, String source) {
        this.labels = Labels.of(locale);
        this.formats = Formats.of(labels.locale());
        this.source = source;
    }

    /**
     * {@return a renderer}
     *
     * @param locale the language of labels and numbers: Italian for any Italian locale, English otherwise
     */
    public static ReportRenderer of(Locale locale) {
        return new ReportRenderer(Objects.requireNonNull(locale, "locale"), "Albero");
    }

    /**
     * {@return a renderer like this one that names {@code source}}
     *
     * @param source where the document was read from, named in the footer (e.g. its file name)
     */
    public ReportRenderer withSource(String source) {
        return new ReportRenderer(labels.locale(), Objects.requireNonNull(source, "source"));
    }

    /** {@return the locale the renderer writes in: {@link Locale#ITALIAN} or {@link Locale#ENGLISH}} */
    public Locale locale() {
        return labels.locale();
    }

    /**
     * {@return the whole document}
     *
     * @param analysis what to render
     * @param format the format
     */
    public String render(Analysis analysis, ReportFormat format) {
        Objects.requireNonNull(analysis, "analysis");
        switch (Objects.requireNonNull(format, "format")) {
            case HTML:
                return HtmlWriter.render(analysis, labels, formats, source);
            case MARKDOWN:
                return MarkdownWriter.render(analysis, labels, formats, source);
            default:
                return TextWriter.render(analysis, labels, formats);
        }
    }

    /** {@return {@link #render(Analysis, ReportFormat)} as HTML} */
    public String html(Analysis analysis) {
        return render(analysis, ReportFormat.HTML);
    }

    /** {@return {@link #render(Analysis, ReportFormat)} as Markdown} */
    public String markdown(Analysis analysis) {
        return render(analysis, ReportFormat.MARKDOWN);
    }

    /** {@return {@link #render(Analysis, ReportFormat)} as terminal text} */
    public String text(Analysis analysis) {
        return render(analysis, ReportFormat.TEXT);
    }

    /**
     * Renders and writes a document in UTF-8. The whole document is rendered first, then written
     * to a temporary file in the target's directory and moved into place, atomically where the
     * file system allows: a failure never leaves a half-written file nor a stale one passed off
     * as new (the previous file stays as it was, the temporary file is removed).
     *
     * @param analysis what to render
     * @param format the format
     * @param file the target file; missing parent directories are created
     * @return the target file
     * @throws UncheckedIOException when the file cannot be written
     */
    public Path write(Analysis analysis, ReportFormat format, Path file) {
        String text = render(analysis, format);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write already failed; that failure is the one to report
                }
            }
        }
    }

    /** {@return e.g. {@code ReportRenderer[it]}} */
    @Override
    public String toString() {
        return "ReportRenderer[" + labels.tag() + "]";
    }
}
