package io.yudex.search;

import io.yudex.standards.division.Division;
import io.yudex.standards.division.DivisionRegistry;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lets 洛阳 find 洛阳市 and 洛阳市 find 洛阳: the segmenter keeps a division's full name (洛阳市, 中牟县, 河南省) as one
 * token, while people often type the short name. A GB/T 2260 division name is indexed together with its short form at
 * the same position, and a query uses the short form only, so each form finds both. Only real division names are
 * shortened, so words such as 城市 or 开发区 stay as they are.
 */
final class PlaceNames {

    private static final List<String> SUFFIXES = List.of("自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗");

    private final Map<String, String> shortForms;

    private PlaceNames(Map<String, String> shortForms) {
        this.shortForms = Map.copyOf(shortForms);
    }

    static PlaceNames of(List<Division> divisions) {
        Map<String, String> forms = new HashMap<>();
        for (Division d : divisions) {
            String shortForm = shortForm(d.name());
            if (shortForm != null) {
                forms.put(d.name(), shortForm);
            }
        }
        return new PlaceNames(forms);
    }

    static PlaceNames ofChina() {
        return of(DivisionRegistry.loadDefault().all());
    }

    /** The name without its division suffix, or null when that would leave fewer than two characters. */
    static String shortForm(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    /** For indexing: {@code analyzer} with the short form of every division name added beside it. */
    Analyzer indexing(Analyzer analyzer) {
        return wrap(analyzer, true);
    }

    /** For queries: {@code analyzer} with every division name replaced by its short form. */
    Analyzer querying(Analyzer analyzer) {
        return wrap(analyzer, false);
    }

    private Analyzer wrap(Analyzer analyzer, boolean keepFullName) {
        return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(), new ShortFormFilter(components.getTokenStream(), shortForms, keepFullName));
            }
        };
    }

    private static final class ShortFormFilter extends TokenFilter {

        private final Map<String, String> shortForms;
        private final boolean keepFullName;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private State pending;
        private String pendingForm;

        ShortFormFilter(TokenStream input, Map<String, String> shortForms, boolean keepFullName) {
            super(input);
            this.shortForms = shortForms;
            this.keepFullName = keepFullName;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(pending);
                term.setEmpty().append(pendingForm);
                position.setPositionIncrement(0);
                pending = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String form = shortForms.get(term.toString());
            if (form != null && !keepFullName) {
                term.setEmpty().append(form);
            } else if (form != null) {
                pending = captureState();
                pendingForm = form;
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
        }
    }
}
