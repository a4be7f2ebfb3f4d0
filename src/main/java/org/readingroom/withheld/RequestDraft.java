package org.readingroom.withheld;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.ThreadMessage;

/**
 * Drafts of the requests a reader sends from what the archive shows: a FOIA appeal (a passage
 * withheld in one document is public in another; an exemption applied to a message in one printing
 * and not in another) and a request for Mandatory Declassification Review (a document whose
 * declassify-on date has passed). Drafts are text to check and edit, in Markdown or plain text:
 * they state what the archive read, never legal conclusions, and say so.
 */
public final class RequestDraft {
  private RequestDraft() {}

  /** What a draft asks for. */
  public enum Kind {
    APPEAL,
    MDR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a reader named ({@code appeal}, {@code mdr}); null when it is none. */
    public static Kind ofLabel(String label) {
      for (Kind k : values()) {
        if (k.label().equals(label)) {
          return k;
        }
      }
      return null;
    }
  }

  /** What is drafted: its subject, and its text as Markdown. */
  public record Draft(Kind kind, String subject, String markdown) {
    /** The same text without Markdown's marks, for a form or an email. */
    public String plainText() {
      return markdown.replaceAll("(?m)^#+ ", "").replace("**", "").replaceAll("(?m)^> ", "  ");
    }

    /** Whether the archive found anything to ask for among the documents. */
    public boolean hasGrounds() {
      return !markdown.contains(NOTHING);
    }
  }

  static final String NOTE = "_This draft was made by readingroom from its reading of the released documents. It is "
      + "not legal advice. Check every statement against the documents themselves, and the agency's rules for "
      + "appeals and review requests, before you send it._";
  /**
   * Said of every exemption applied unevenly: read against the corpus, the other printing most
   * often withholds the same words without printing the code beside them (docs/withheld.md).
   */
  static final String CHECK_UNEVEN = " [Check before sending: the other printing may withhold the same words without "
      + "printing the code beside them.]";
  private static final String NOTHING = "The archive found nothing of this kind";

  /** A FOIA appeal of what the given documents withhold, citing where the archive shows it released. */
  public static Draft appeal(Withheld withheld, Correspondence messages, List<String> documents, LocalDate today) {
    Set<String> cases = new LinkedHashSet<>();
    List<String> docIds = new ArrayList<>();
    StringBuilder grounds = new StringBuilder();
    int n = 0;
    for (String key : documents) {
      DocumentWithholding d = withheld.document(key).orElse(null);
      if (d == null) {
        continue;
      }
      if (d.caseNumber() != null) {
        cases.add(d.caseNumber());
      }
      docIds.add(docId(d));
      for (ReleasedElsewhere r : withheld.releasedElsewhere(key)) {
        n++;
        grounds.append(n).append(". Document ").append(docId(d)).append(", page ").append(r.page())
            .append(describe(messages, r.message())).append(": withheld")
            .append(r.codes().isEmpty() ? "" : " under " + String.join(", ", r.codes()))
            .append(r.place() == ReleasedElsewhere.Place.HEADER ? " (the address of " + r.before() + ")" : "")
            .append(". The same ").append(r.place() == ReleasedElsewhere.Place.HEADER ? "address" : "passage")
            .append(" is released in document ").append(docIdOf(withheld, r.releasedIn()))
            .append(r.alsoReleasedIn().isEmpty() ? "" : " (and in " + docIds(withheld, r.alsoReleasedIn()) + ")")
            .append(", which reads:\n\n> ").append(r.text().replace("\n", "\n> ")).append("\n\n");
      }
      for (DocumentWithholding.Marker m : d.markers()) {
        ThreadMessage message = m.message() < 0 ? null : messages.messageAt(key, m.message()).orElse(null);
        if (message == null) {
          continue;
        }
        for (UnevenExemption u : withheld.unevenExemptions(message.id())) {
          if (m.codes().contains(u.code()) && u.appliedIn().contains(key)) {
            n++;
            grounds.append(n).append(". Document ").append(docId(d)).append(", page ").append(m.page())
                .append(describe(messages, message.id())).append(": withheld under ").append(u.code())
                .append(". The same message is released in ").append(docIds(withheld, u.notAppliedIn()))
                .append(" without that exemption.").append(CHECK_UNEVEN).append("\n\n");
          }
        }
      }
    }
    String caseText = cases.isEmpty() ? "the request" : "case " + String.join(", ", cases);
    StringBuilder md = new StringBuilder();
    md.append("# FOIA appeal: ").append(caseText).append("\n\n");
    md.append(today).append("\n\n");
    md.append("To the FOIA appeals officer,\n\n");
    md.append("I appeal the withholdings listed below in the release of ").append(caseText).append(" (documents ")
        .append(String.join(", ", docIds)).append("). In each, the agency withheld a passage, or applied an "
            + "exemption, that it has released in another document of the same release. Information the agency "
            + "has itself made public cannot be withheld again, and the same information cannot be exempt in one "
            + "document and releasable in another.\n\n");
    md.append("## The withholdings\n\n");
    md.append(n == 0 ? NOTHING + " in these documents: no passage they withhold is released elsewhere in the archive, "
        + "and no exemption they apply is missing from another printing.\n\n" : grounds);
    md.append("I ask that the passages be released, or that each withholding be justified anew.\n\n");
    md.append("Sincerely,\n\n[your name and address]\n\n---\n\n").append(NOTE).append('\n');
    return new Draft(Kind.APPEAL, "FOIA appeal: " + caseText, md.toString());
  }

  /** A request for Mandatory Declassification Review of the given documents whose declassify-on date has passed. */
  public static Draft mdr(Withheld withheld, List<String> documents, LocalDate today) {
    Set<String> cases = new LinkedHashSet<>();
    StringBuilder list = new StringBuilder();
    int n = 0;
    for (String key : documents) {
      DocumentWithholding d = withheld.document(key).orElse(null);
      if (d == null || d.classification() == null || d.classification().declassifyOn() == null) {
        continue;
      }
      LocalDate on = LocalDate.parse(d.classification().declassifyOn());
      if (!on.isBefore(today)) {
        continue;
      }
      if (d.caseNumber() != null) {
        cases.add(d.caseNumber());
      }
      n++;
      list.append(n).append(". Document ").append(docId(d)).append(d.caseNumber() == null ? "" : " (case " + d.caseNumber()
          + ")").append(", released ").append(d.releaseDate() == null ? "on an unprinted date" : d.releaseDate())
          .append(": classified ").append(d.classification().level() == null ? "" : d.classification().level())
          .append(d.classification().classifiedBy() == null ? "" : " by " + d.classification().classifiedBy())
          .append(d.classification().reasons().isEmpty() ? "" : ", reasons " + String.join(", ", d.classification().reasons()))
          .append("; to be declassified on ").append(on).append(", a date that has passed. Withheld under: ")
          .append(codes(d)).append(".\n");
    }
    String caseText = cases.isEmpty() ? "the documents below" : "case " + String.join(", ", cases);
    StringBuilder md = new StringBuilder();
    md.append("# Request for Mandatory Declassification Review: ").append(caseText).append("\n\n");
    md.append(today).append("\n\n");
    md.append("To the agency's Mandatory Declassification Review office,\n\n");
    md.append("Under section 3.5 of Executive Order 13526, I request a declassification review of the information "
        + "withheld as classified in the documents below. Each was marked for declassification on a date that has "
        + "now passed.\n\n");
    md.append("## The documents\n\n");
    md.append(n == 0 ? NOTHING + ": none of these documents carries a declassify-on date that has passed.\n" : list);
    md.append("\nI ask that the information be declassified and released, in whole or in part.\n\n");
    md.append("Sincerely,\n\n[your name and address]\n\n---\n\n").append(NOTE).append('\n');
    return new Draft(Kind.MDR, "Mandatory Declassification Review: " + caseText, md.toString());
  }

  private static String describe(Correspondence messages, String messageId) {
    ThreadMessage m = messageId == null ? null : messages.message(messageId).orElse(null);
    if (m == null) {
      return "";
    }
    return ", in the message" + (m.from().isEmpty() ? "" : " from " + m.from().get(0))
        + (m.sent() == null ? "" : " of " + m.sent().toString().replace('T', ' '))
        + (m.subject() == null ? "" : " (\"" + m.subject() + "\")");
  }

  private static String codes(DocumentWithholding d) {
    Set<String> codes = new LinkedHashSet<>(d.exemptions());
    d.markers().forEach(m -> codes.addAll(m.codes()));
    return codes.isEmpty() ? "no code printed" : String.join(", ", codes);
  }

  private static String docId(DocumentWithholding d) {
    return d.docId() == null ? d.key() : d.docId();
  }

  private static String docIdOf(Withheld withheld, String key) {
    return withheld.document(key).map(RequestDraft::docId).orElse(key);
  }

  private static String docIds(Withheld withheld, List<String> keys) {
    List<String> out = new ArrayList<>();
    keys.forEach(k -> out.add(docIdOf(withheld, k)));
    return String.join(", ", out);
  }
}
