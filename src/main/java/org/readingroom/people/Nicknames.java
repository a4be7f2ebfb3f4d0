package org.readingroom.people;

import java.util.Map;
import org.readingroom.text.OcrFolding;

/**
 * English given names and the nicknames that stand for them ({@code Jake Sullivan} is {@code
 * Sullivan, Jacob J}): general knowledge of names, not a table of this corpus's people. A nickname
 * that stands for two names ({@code Pat}: Patrick, Patricia) is left out.
 */
final class Nicknames {
  private Nicknames() {}

  private static final Map<String, String> FORMAL = Map.ofEntries(
      Map.entry("jake", "jacob"), Map.entry("bill", "william"), Map.entry("will", "william"),
      Map.entry("billy", "william"), Map.entry("tom", "thomas"), Map.entry("tommy", "thomas"),
      Map.entry("jim", "james"), Map.entry("jimmy", "james"), Map.entry("bob", "robert"),
      Map.entry("rob", "robert"), Map.entry("bobby", "robert"), Map.entry("dan", "daniel"),
      Map.entry("danny", "daniel"), Map.entry("mike", "michael"), Map.entry("phil", "philip"),
      Map.entry("dick", "richard"), Map.entry("rick", "richard"), Map.entry("rich", "richard"),
      Map.entry("ben", "benjamin"), Map.entry("sid", "sidney"), Map.entry("chris", "christopher"),
      Map.entry("liz", "elizabeth"), Map.entry("beth", "elizabeth"), Map.entry("betsy", "elizabeth"),
      Map.entry("joe", "joseph"), Map.entry("steve", "stephen"), Map.entry("tony", "anthony"),
      Map.entry("andy", "andrew"), Map.entry("nick", "nicholas"), Map.entry("sam", "samuel"),
      Map.entry("jeff", "jeffrey"), Map.entry("greg", "gregory"), Map.entry("tim", "timothy"),
      Map.entry("matt", "matthew"), Map.entry("don", "donald"), Map.entry("ron", "ronald"), Map.entry("larry", "lawrence"),
      Map.entry("harry", "harold"), Map.entry("fred", "frederick"), Map.entry("alex", "alexander"),
      Map.entry("dave", "david"), Map.entry("doug", "douglas"), Map.entry("ken", "kenneth"),
      Map.entry("sue", "susan"), Map.entry("maggie", "margaret"), Map.entry("peggy", "margaret"),
      Map.entry("jen", "jennifer"), Map.entry("jenny", "jennifer"), Map.entry("kathy", "katherine"),
      Map.entry("kate", "katherine"), Map.entry("katie", "katherine"), Map.entry("jon", "jonathan"),
      Map.entry("nate", "nathan"), Map.entry("walt", "walter"), Map.entry("charlie", "charles"),
      Map.entry("chuck", "charles"), Map.entry("hank", "henry"), Map.entry("vicky", "victoria"), Map.entry("cathy", "catherine"), Map.entry("becky", "rebecca"),
      Map.entry("debbie", "deborah"), Map.entry("abby", "abigail"), Map.entry("gene", "eugene"),
      Map.entry("stu", "stuart"), Map.entry("marty", "martin"), Map.entry("ray", "raymond"), Map.entry("len", "leonard"), Map.entry("russ", "russell"));

  /** The same, folded (see {@link OcrFolding}): {@code lake}, how OCR prints {@code jake}, stands for {@code jacob}. */
  private static final Map<String, String> FOLDED = folded();

  private static Map<String, String> folded() {
    Map<String, String> out = new java.util.HashMap<>();
    FORMAL.forEach((nick, name) -> out.put(OcrFolding.fold(nick), OcrFolding.fold(name)));
    return Map.copyOf(out);
  }

  /** The folded given name a folded nickname stands for, or the folded name itself. */
  static String formalFolded(String foldedFirst) {
    return FOLDED.getOrDefault(foldedFirst, foldedFirst);
  }
}
