package org.readingroom.withheld;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What each exemption code means: the FOIA exemptions (5 U.S.C. 552(b)) and the classification
 * categories of Executive Order 13526, section 1.4, in words a reader can use.
 */
public final class ExemptionLegend {
  private static final Map<String, String> MEANINGS = new LinkedHashMap<>();

  static {
    MEANINGS.put("B1", "classified national security information (FOIA exemption 1)");
    MEANINGS.put("B2", "internal personnel rules and practices of the agency");
    MEANINGS.put("B3", "exempted from disclosure by another statute (named after the code)");
    MEANINGS.put("B4", "trade secrets and confidential commercial or financial information");
    MEANINGS.put("B5", "deliberative process: inter- or intra-agency advice and recommendations");
    MEANINGS.put("B6", "personal privacy: personnel, medical and similar files");
    MEANINGS.put("B7", "law enforcement records");
    MEANINGS.put("B7(A)", "law enforcement: could interfere with enforcement proceedings");
    MEANINGS.put("B7(B)", "law enforcement: would deprive a person of a fair trial");
    MEANINGS.put("B7(C)", "law enforcement: unwarranted invasion of personal privacy");
    MEANINGS.put("B7(D)", "law enforcement: would disclose a confidential source");
    MEANINGS.put("B7(E)", "law enforcement: techniques, procedures or guidelines");
    MEANINGS.put("B7(F)", "law enforcement: could endanger life or physical safety");
    MEANINGS.put("B8", "reports on the supervision of financial institutions");
    MEANINGS.put("B9", "geological and geophysical information about wells");
    MEANINGS.put("1.4(A)", "military plans, weapons systems or operations");
    MEANINGS.put("1.4(B)", "foreign government information");
    MEANINGS.put("1.4(C)", "intelligence activities, sources or methods, or cryptology");
    MEANINGS.put("1.4(D)", "foreign relations or foreign activities of the United States, including confidential sources");
    MEANINGS.put("1.4(E)", "scientific, technological or economic matters relating to national security");
    MEANINGS.put("1.4(F)", "U.S. Government programs for safeguarding nuclear materials or facilities");
    MEANINGS.put("1.4(G)", "vulnerabilities or capabilities of systems, installations or plans relating to national security");
    MEANINGS.put("1.4(H)", "weapons of mass destruction");
  }

  private ExemptionLegend() {}

  /** What a code means, or a plain statement that it is not known. */
  public static String meaning(String code) {
    String m = MEANINGS.get(code);
    return m != null ? m : "an exemption code this reading room does not know";
  }

  /** A code and its meaning. */
  public record Entry(String code, String meaning) {}

  /** The legend of the given codes: each once, B codes first, then 1.4 categories. */
  public static List<Entry> of(Collection<String> codes) {
    List<Entry> out = new ArrayList<>();
    for (String code : new TreeSet<>(codes)) {
      out.add(new Entry(code, meaning(code)));
    }
    out.sort((a, b) -> Boolean.compare(a.code().startsWith("1"), b.code().startsWith("1")) != 0
        ? Boolean.compare(a.code().startsWith("1"), b.code().startsWith("1"))
        : a.code().compareTo(b.code()));
    return out;
  }
}
