package io.github.albero.benchmarks;

/** Joins documents back into one JSON Lines buffer. */
final class JsonLinesBytes {
    private JsonLinesBytes() {
    }

    static byte[] join(byte[][] documents) {
        long total = NationalDataset.bytes(documents) + documents.length;
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the dataset (" + total + " bytes) does not fit one array");
        }
        byte[] all = new byte[(int) total];
        int at = 0;
        for (byte[] d : documents) {
            System.arraycopy(d, 0, all, at, d.length);
            at += d.length;
            all[at++] = '\n';
        }
        return all;
    }
}
