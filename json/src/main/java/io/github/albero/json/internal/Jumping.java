package io.github.albero.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * Jackson's parser of a UTF-8 document held in one array, which can jump over a text or an
 * object whose value {@link In} already has (found by its bytes in {@link Canon}) instead of
 * tokenizing it again. Until told to jump it is Jackson's parser. Not exported.
 */
public final class Jumping extends UTF8StreamJsonParser {
    private Jumping(ObjectReadContext rc, IOContext io, int features, int formatFeatures, ByteQuadsCanonicalizer symbols, byte[] b, int from, int to) {
        super(rc, io, features, formatFeatures, null, symbols, b, from, to, 0, false);
    }

    /** Jumps from the current string's opening quote to after its closing quote, at {@code quote}. */
    void jumpString(int quote) {
        _inputPtr = quote + 1;
        _tokenIncomplete = false;
    }

    /**
     * Jumps from the current object's opening brace to after its closing brace, at {@code end},
     * as {@link #skipChildren} would, counting its {@code tokens} against the token limit. The
     * object holds no line break: the line count stays right.
     */
    void jumpObject(int end, int tokens) {
        _inputPtr = end;
        _streamReadContext = _streamReadContext.clearAndGetParent();
        _currToken = JsonToken.END_OBJECT;
        _tokenCount += tokens;
        if (_trackMaxTokenCount) {
            _streamReadConstraints.validateTokenCount(_tokenCount);
        }
    }

    /**
     * Jackson's JSON factory, whose parsers of a UTF-8 byte array (no BOM, no zero byte at the
     * start) jump; a copy of it (a mapper rebuilt by a caller) makes Jackson's own parsers.
     */
    public static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        /** @param b the settings */
        public Factory(JsonFactoryBuilder b) {
            super(b);
        }

        @Override
        protected JsonParser _createParser(ObjectReadContext rc, IOContext io, byte[] b, int from, int length) {
            _checkRangeBoundsForByteArray(b, from, length);
            boolean utf8 = length >= 4 && TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES.enabledIn(_factoryFeatures);
            for (int i = 0; utf8 && i < 4; i++) {
                int c = b[from + i] & 0xFF;
                utf8 = c != 0 && (i > 0 || c < 0xEF);
            }
            if (!utf8) {
                return super._createParser(rc, io, b, from, length);
            }
            _streamReadConstraints.validateDocumentLength(length);
            return new Jumping(rc, io, rc.getStreamReadFeatures(_streamReadFeatures),
                    rc.getFormatReadFeatures(_formatReadFeatures), _byteSymbolCanonicalizer.makeChild(_factoryFeatures), b, from, from + length);
        }
    }
}
