package io.github.albero.sheets;

/**
 * The limits that bound the work done on any spreadsheet (<i>limiti</i>), so that a hostile or
 * broken file (a zip bomb, a sheet of a million rows) is rejected with a clear message rather
 * than exhausting memory or time. Immutable and thread-safe.
 *
 * <pre>{@code
 * SheetLimits.DEFAULT.withMaxRows(2_000_000);   // a national dataset
 * }</pre>
 */
public final class SheetLimits {
    /**
     * The defaults: 64 MiB file, 256 MiB per zip entry inflated, 1 GiB in all, compression
     * ratio 200, 1 000 zip entries, 500 000 rows and 200 columns per sheet, 20 000 000 cells,
     * 32 767 characters per cell (Excel's own limit), 1 000 problems listed.
     */
    public static final SheetLimits DEFAULT = new SheetLimits(64L << 20, 256L << 20, 1L << 30, 200, 1_000, 500_000, 200,
            20_000_000L, 32_767, 1_000);

    private final long maxFileBytes;
    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final int maxCompressionRatio;
    private final int maxEntries;
    private final int maxRows;
    private final int maxColumns;
    private final long maxCells;
    private final int maxCellChars;
    private final int maxProblems;

    private SheetLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio, int maxEntries,
            int maxRows, int maxColumns, long maxCells, int maxCellChars, int maxProblems) {
        this.maxFileBytes = positive("maxFileBytes", maxFileBytes);
        this.maxEntryBytes = positive("maxEntryBytes", maxEntryBytes);
        this.maxTotalBytes = positive("maxTotalBytes", maxTotalBytes);
        this.maxCompressionRatio = (int) positive("maxCompressionRatio", maxCompressionRatio);
        this.maxEntries = (int) positive("maxEntries", maxEntries);
        this.maxRows = (int) positive("maxRows", maxRows);
        this.maxColumns = (int) positive("maxColumns", maxColumns);
        this.maxCells = positive("maxCells", maxCells);
        this.maxCellChars = (int) positive("maxCellChars", maxCellChars);
        this.maxProblems = (int) positive("maxProblems", maxProblems);
    }

    private static long positive(String name, long value) {
        if (value <= 0) {
            throw new io.github.albero.InvalidValueException(name, value, "must be positive");
        }
        return value;
    }

    /** {@return the largest file accepted, in bytes (compressed, as stored)} */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** {@return the largest size a single zip entry may inflate to, in bytes} */
    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    /** {@return the largest size all zip entries together may inflate to, in bytes} */
    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    /** {@return the largest ratio of inflated to compressed size of an entry above 1 MiB} */
    public int maxCompressionRatio() {
        return maxCompressionRatio;
    }

    /** {@return the most zip entries a workbook may have} */
    public int maxEntries() {
        return maxEntries;
    }

    /** {@return the most rows a sheet may have} */
    public int maxRows() {
        return maxRows;
    }

    /** {@return the most columns a row may have} */
    public int maxColumns() {
        return maxColumns;
    }

    /** {@return the most non-empty cells a workbook may have} */
    public long maxCells() {
        return maxCells;
    }

    /** {@return the most characters a cell may hold} */
    public int maxCellChars() {
        return maxCellChars;
    }

    /** {@return the most problems a report lists before saying there are more} */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * {@return a copy with that limit}
     *
     * @param bytes the largest file accepted
     */
    public SheetLimits withMaxFileBytes(long bytes) {
        return new SheetLimits(bytes, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxEntries, maxRows, maxColumns, maxCells,
                maxCellChars, maxProblems);
    }

    /**
     * {@return a copy with that limit}
     *
     * @param bytes the largest inflated size of one zip entry
     */
    public SheetLimits withMaxEntryBytes(long bytes) {
        return new SheetLimits(maxFileBytes, bytes, maxTotalBytes, maxCompressionRatio, maxEntries, maxRows, maxColumns, maxCells,
                maxCellChars, maxProblems);
    }

    /**
     * {@return a copy with that limit}
     *
     * @param bytes the largest inflated size of all zip entries
     */
    public SheetLimits withMaxTotalBytes(long bytes) {
        return new SheetLimits(maxFileBytes, maxEntryBytes, bytes, maxCompressionRatio, maxEntries, maxRows, maxColumns, maxCells,
                maxCellChars, maxProblems);
    }

    /**
     * {@return a copy with that limit}
     *
     * @param ratio the largest compression ratio of an entry above 1 MiB
     */
    public SheetLimits withMaxCompressionRatio(int ratio) {
        return new SheetLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, ratio, maxEntries, maxRows, maxColumns, maxCells,
                maxCellChars, maxProblems);
    }

    /**
     * {@return a copy with that limit}
     *
     * @param rows the most rows per sheet
     */
    public SheetLimits withMaxRows(int rows) {
        return new SheetLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxEntries, rows, maxColumns, maxCells,
                maxCellChars, maxProblems);
    }

    /**
     * {@return a copy with that limit}
     *
     * @param cells the most non-empty cells per workbook
     */
    public SheetLimits withMaxCells(long cells) {
        return new SheetLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxEntries, maxRows, maxColumns, cells,
                maxCellChars, maxProblems);
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "SheetLimits[file " + maxFileBytes + " B, entry " + maxEntryBytes + " B, total " + maxTotalBytes + " B, ratio "
                + maxCompressionRatio + ", entries " + maxEntries + ", rows " + maxRows + ", columns " + maxColumns + ", cells "
                + maxCells + ", cell chars " + maxCellChars + ", problems " + maxProblems + "]";
    }
}
