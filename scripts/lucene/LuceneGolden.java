// Rebuilds the Lucene golden data of docs/data.md for any input file, with
// Lucene 8 from Debian's liblucene8-java. Run through scripts/lucene_golden.sh.
//
//   tokens INPUT  one TSV row per unique token: token, norm, stem, analyzed
//   whole INPUT   one JSON array per input line, from `new ArabicAnalyzer()`:
//                 [term, start, end, positionIncrement, type], UTF-16 offsets
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

public class LuceneGolden {
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("tokens") || args[0].equals("whole"))) {
            System.err.println("usage: LuceneGolden tokens|whole INPUT");
            System.exit(2);
        }
        String text = new String(Files.readAllBytes(Paths.get(args[1])), StandardCharsets.UTF_8);
        if (args[0].equals("tokens")) {
            tokens(text, args[1]);
        } else {
            whole(text);
        }
    }

    /// Kept at the ends of a piece: letters, digits, marks, format characters, modifier letters.
    static boolean inner(int c) {
        if (Character.isLetterOrDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
            || t == Character.COMBINING_SPACING_MARK || t == Character.FORMAT
            || t == Character.MODIFIER_LETTER;
    }

    static boolean arabicLetter(int c) {
        boolean block = (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)
            || (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF)
            || (c >= 0xFE70 && c <= 0xFEFF);
        return block && Character.isLetter(c);
    }

    static void tokens(String text, String name) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        Pattern space = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
        for (String piece : space.split(text)) {
            int start = 0, end = piece.length();
            while (start < end && !inner(piece.codePointAt(start))) start += Character.charCount(piece.codePointAt(start));
            while (end > start && !inner(piece.codePointBefore(end))) end -= Character.charCount(piece.codePointBefore(end));
            String token = piece.substring(start, end);
            if (!token.isEmpty() && token.codePoints().anyMatch(LuceneGolden::arabicLetter)) seen.add(token);
        }
        Analyzer chain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new DecimalDigitFilter(s);
                s = new ArabicNormalizationFilter(s);
                s = new ArabicStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
        ArabicNormalizer normalizer = new ArabicNormalizer();
        ArabicStemmer stemmer = new ArabicStemmer();
        StringBuilder out = new StringBuilder();
        out.append("# token\tnorm\tstem\tanalyzed; Lucene ").append(org.apache.lucene.util.Version.LATEST)
            .append("; ").append(name).append("; ").append(seen.size()).append(" rows\n");
        for (String token : seen) {
            char[] buf = token.toCharArray();
            int n = normalizer.normalize(buf, buf.length);
            String norm = new String(buf, 0, n);
            int s = stemmer.stem(buf, n);
            String stem = new String(buf, 0, s);
            String analyzed = "";
            try (TokenStream ts = chain.tokenStream("f", new StringReader(token))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                if (ts.incrementToken()) analyzed = term.toString();
                ts.end();
            }
            out.append(token).append('\t').append(norm).append('\t').append(stem).append('\t')
                .append(analyzed).append('\n');
        }
        System.out.print(out);
    }

    static void whole(String text) throws IOException {
        Analyzer analyzer = new ArabicAnalyzer();
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            out.append('[');
            try (TokenStream ts = analyzer.tokenStream("f", new StringReader(lines[i]))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
                TypeAttribute type = ts.addAttribute(TypeAttribute.class);
                ts.reset();
                boolean first = true;
                while (ts.incrementToken()) {
                    if (!first) out.append(',');
                    first = false;
                    out.append('[').append(json(term.toString())).append(',').append(offset.startOffset())
                        .append(',').append(offset.endOffset()).append(',').append(inc.getPositionIncrement())
                        .append(',').append(json(type.type())).append(']');
                }
                ts.end();
            }
            out.append("]\n");
        }
        System.out.print(out);
    }

    /// A JSON string, non-ASCII escaped as \\uXXXX.
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c > 0x7E) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
