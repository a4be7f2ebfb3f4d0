package org.readingroom.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;

/**
 * Analysis for OCR'd release text: case and accent folding; e-mail addresses and URLs kept whole
 * (UAX#29 with the e-mail rule). Exemption codes are kept as one token by {@link CodeFolding},
 * applied to the text before it reaches the analyzer. Keyword fields are matched whole, in upper case.
 */
public final class ReleaseAnalyzer extends Analyzer {

  public ReleaseAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY); // keyword and text fields analyse differently
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    if (IndexFields.KEYWORDS.contains(fieldName)) {
      Tokenizer keyword = new KeywordTokenizer();
      return new TokenStreamComponents(keyword, new UpperCaseFilter(keyword));
    }
    UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer();
    tokenizer.setMaxTokenLength(255);
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new ASCIIFoldingFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    if (IndexFields.KEYWORDS.contains(fieldName)) {
      return new UpperCaseFilter(in);
    }
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
