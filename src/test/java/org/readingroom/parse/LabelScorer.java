package org.readingroom.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;
import org.readingroom.text.EditDistance;

/**
 * Scores the parser against labelled documents (a folder of {@code DOCID.json} labels, each beside
 * its {@code DOCID.txt}) field by field, the way docs/record-contract.md says records are judged:
 * names and subjects compared case-insensitively with punctuation and white space folded and a small
 * edit distance allowed, dates and codes exactly, recipient lists by F1, messages aligned in order.
 * A label holds only the keys that were labelled; {@code documentDate} scores {@link DocumentHeading}.
 */
final class LabelScorer {

  private static final double SIMILAR = 0.85;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Per field: the sum of scores and how many were scored; and each miss, for the report. */
  private final Map<String, double[]> fields = new TreeMap<>();
  private final List<String> misses = new ArrayList<>();

  static LabelScorer score(Path labels) throws IOException {
    LabelScorer s = new LabelScorer();
    ReleaseParser parser = new ReleaseParser();
    List<Path> files;
    try (Stream<Path> list = Files.list(labels)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path label : files) {
      String doc = label.getFileName().toString().replace(".json", "");
      String text = Files.readString(label.resolveSibling(doc + ".txt"), StandardCharsets.UTF_8);
      ReleaseRecord record = parser.parse(doc + ".txt", text);
      JsonNode rec = JSON.readTree(ReleaseRecordJson.line(record));
      s.document(doc, JSON.readTree(label.toFile()), rec, DocumentHeading.of(record));
    }
    return s;
  }

  double overall() {
    return fields.values().stream().mapToDouble(v -> v[0] / v[1]).average().orElse(0);
  }

  Map<String, Double> byField() {
    Map<String, Double> out = new TreeMap<>();
    fields.forEach((k, v) -> out.put(k, v[0] / v[1]));
    return out;
  }

  String report() {
    StringBuilder b = new StringBuilder();
    byField().forEach((k, v) -> b.append(String.format(Locale.ROOT, "%-30s %.3f (n=%d)%n", k, v, (int) fields.get(k)[1])));
    b.append(String.format(Locale.ROOT, "overall %.3f%n", overall()));
    misses.forEach(m -> b.append("MISS ").append(m).append('\n'));
    return b.toString();
  }

  private void add(String field, double value, String where, Object gold, Object got) {
    double[] v = fields.computeIfAbsent(field, k -> new double[2]);
    v[0] += value;
    v[1]++;
    if (value < 1) {
      misses.add(where + " " + field + ": " + gold + " vs " + got);
    }
  }

  private void document(String doc, JsonNode gold, JsonNode rec, DocumentHeading heading) {
    for (String key : List.of("docId", "caseNumber", "releaseDate", "release")) {
      if (gold.has(key)) {
        add(key, norm(text(gold.get(key))).equals(norm(text(rec.get(key)))) ? 1 : 0, doc, gold.get(key), rec.get(key));
      }
    }
    if (gold.has("pages")) {
      add("pages", gold.get("pages").asInt() == rec.path("pages").asInt() ? 1 : 0, doc, gold.get("pages"), rec.get("pages"));
    }
    if (gold.has("exemptions")) {
      add("exemptions", codes(gold.get("exemptions")).equals(codes(rec.get("exemptions"))) ? 1 : 0, doc,
          gold.get("exemptions"), rec.get("exemptions"));
    }
    if (gold.has("documentDate")) {
      String want = text(gold.get("documentDate"));
      add("documentDate", java.util.Objects.equals(want, heading.date()) ? 1 : 0, doc, want, heading.date());
    }
    if (gold.has("classification")) {
      classification(doc, gold.get("classification"), rec.get("classification"));
    }
    if (gold.has("redactions")) {
      JsonNode g = gold.get("redactions");
      JsonNode p = rec.get("redactions");
      add("redactions.count", g.size() == p.size() ? 1 : 0, doc, g.size(), p.size());
      add("redactions.codes", f1(allCodes(g), allCodes(p), String::equals), doc, allCodes(g), allCodes(p));
    }
    if (gold.has("messages")) {
      messages(doc, gold.get("messages"), rec.get("messages"));
    }
  }

  private void classification(String doc, JsonNode g, JsonNode p) {
    boolean gNull = g == null || g.isNull();
    boolean pNull = p == null || p.isNull();
    add("classification.present", gNull == pNull ? 1 : 0, doc, g, p);
    if (gNull) {
      return;
    }
    for (String k : List.of("level", "classifiedOn", "declassifyOn")) {
      String want = text(g.get(k));
      String got = pNull ? null : text(p.get(k));
      add("classification." + k, norm(want).equals(norm(got)) ? 1 : 0, doc, want, got);
    }
    String by = pNull ? null : text(p.get("classifiedBy"));
    add("classification.classifiedBy", similar(text(g.get("classifiedBy")), by) ? 1 : 0, doc, g.get("classifiedBy"), by);
    List<String> want = new ArrayList<>(codes(g.get("reasons")));
    List<String> got = new ArrayList<>(pNull ? List.of() : codes(p.get("reasons")));
    want.sort(null);
    got.sort(null);
    add("classification.reasons", want.equals(got) ? 1 : 0, doc, want, got);
  }

  private void messages(String doc, JsonNode gold, JsonNode parsed) {
    List<JsonNode> g = list(gold);
    List<JsonNode> p = list(parsed);
    add("messages.count", g.size() == p.size() ? 1 : 0, doc, g.size(), p.size());
    int[] pairs = align(g, p);
    int matched = 0;
    for (int x : pairs) {
      matched += x >= 0 ? 1 : 0;
    }
    if (!g.isEmpty() || !p.isEmpty()) {
      double prec = p.isEmpty() ? 0 : (double) matched / p.size();
      double rec = g.isEmpty() ? 0 : (double) matched / g.size();
      add("messages.f1", matched == 0 ? 0 : 2 * prec * rec / (prec + rec), doc, g.size() + " labelled", p.size() + " parsed");
    }
    for (int i = 0; i < g.size(); i++) {
      JsonNode gm = g.get(i);
      String where = doc + "#" + i;
      JsonNode pm = pairs[i] >= 0 ? p.get(pairs[i]) : null;
      if (pm == null) {
        for (String k : List.of("from", "sent", "to", "cc", "subject", "attachments")) {
          if (gm.has(k)) {
            add("message." + k, 0, where, "a message", "not found");
          }
        }
        continue;
      }
      if (gm.has("from")) {
        add("message.from", party(gm.get("from"), pm.get("from")) ? 1 : 0, where, gm.get("from"), pm.get("from"));
      }
      if (gm.has("sent")) {
        String want = text(gm.get("sent"));
        String got = text(pm.get("sent"));
        add("message.sent", java.util.Objects.equals(want, got) ? 1 : 0, where, want, got);
      }
      for (String k : List.of("to", "cc")) {
        if (gm.has(k)) {
          add("message." + k, f1(list(gm.get(k)), list(pm.get(k)), LabelScorer::party), where, gm.get(k), pm.get(k));
        }
      }
      if (gm.has("subject")) {
        String want = text(gm.get("subject"));
        String got = text(pm.get("subject"));
        boolean ok = want == null ? got == null || got.isEmpty() : similar(want, got);
        add("message.subject", ok ? 1 : 0, where, want, got);
      }
      if (gm.has("attachments")) {
        add("message.attachments", f1(texts(gm.get("attachments")), texts(pm.get("attachments")), LabelScorer::similar),
            where, gm.get("attachments"), pm.get("attachments"));
      }
    }
  }

  /** Order-keeping alignment of labelled to parsed messages that maximises their likeness. */
  private static int[] align(List<JsonNode> g, List<JsonNode> p) {
    int n = g.size();
    int m = p.size();
    double[][] best = new double[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        double s = likeness(g.get(i), p.get(j));
        best[i][j] = Math.max(Math.max(best[i + 1][j], best[i][j + 1]), s > 0 ? s + best[i + 1][j + 1] : 0);
      }
    }
    int[] pairs = new int[n];
    java.util.Arrays.fill(pairs, -1);
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      double s = likeness(g.get(i), p.get(j));
      if (s > 0 && best[i][j] == s + best[i + 1][j + 1]) {
        pairs[i++] = j++;
      } else if (best[i][j] == best[i + 1][j]) {
        i++;
      } else {
        j++;
      }
    }
    return pairs;
  }

  private static double likeness(JsonNode g, JsonNode p) {
    double s = 0;
    if (party(g.get("from"), p.get("from"))) {
      s += 1;
    }
    String sent = text(g.get("sent"));
    if (sent != null && sent.equals(text(p.get("sent")))) {
      s += 1;
    }
    String subject = text(g.get("subject"));
    if (subject != null && similar(subject, text(p.get("subject")))) {
      s += 0.5;
    }
    return s;
  }

  private static boolean party(JsonNode g, JsonNode p) {
    boolean gNull = g == null || g.isNull();
    boolean pNull = p == null || p.isNull();
    if (gNull || pNull) {
      return gNull && pNull;
    }
    String gn = text(g.get("name"));
    String ga = text(g.get("address"));
    String pn = text(p.get("name"));
    String pa = text(p.get("address"));
    if (gn != null && pn != null && similar(gn, pn) || ga != null && pa != null && similar(ga, pa)) {
      return true;
    }
    if (gn == null && ga == null) {
      return pn == null && pa == null;
    }
    return similar(gn != null ? gn : ga, pn != null ? pn : pa);
  }

  private static <T> double f1(List<T> gold, List<T> pred, BiPredicate<T, T> eq) {
    if (gold.isEmpty() && pred.isEmpty()) {
      return 1;
    }
    Set<Integer> used = new HashSet<>();
    int hits = 0;
    for (T g : gold) {
      for (int i = 0; i < pred.size(); i++) {
        if (!used.contains(i) && eq.test(g, pred.get(i))) {
          used.add(i);
          hits++;
          break;
        }
      }
    }
    if (hits == 0) {
      return 0;
    }
    double prec = (double) hits / pred.size();
    double rec = (double) hits / gold.size();
    return 2 * prec * rec / (prec + rec);
  }

  static boolean similar(String a, String b) {
    String x = norm(a);
    String y = norm(b);
    if (x.isEmpty() && y.isEmpty()) {
      return true;
    }
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return 1 - (double) EditDistance.between(x, y) / Math.max(x.length(), y.length()) >= SIMILAR;
  }

  /** Lower case, only letters, digits, {@code @} and inner dots. */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@.]", "");
    int a = 0;
    int b = t.length();
    while (a < b && t.charAt(a) == '.') {
      a++;
    }
    while (b > a && t.charAt(b - 1) == '.') {
      b--;
    }
    return t.substring(a, b);
  }

  private static List<String> codes(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(c -> out.add(c.asText().replaceAll("\\s", "").toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  private static List<String> allCodes(JsonNode redactions) {
    List<String> out = new ArrayList<>();
    redactions.forEach(r -> out.addAll(codes(r.get("codes"))));
    out.sort(null);
    return out;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null) {
      array.forEach(out::add);
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(a -> out.add(a.asText()));
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
