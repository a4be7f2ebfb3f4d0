package org.readingroom.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link EmailAddress#find} reads a printed name in one pass: the same addresses as the regular
 * expression it replaced, which took quadratic time on a long word (a 7 KB name, a second).
 */
class EmailAddressScanTest {

  /** The expression {@code find} used before, kept here as the reference. */
  private static final Pattern BEFORE = Pattern.compile(
      "([A-Za-z0-9][A-Za-z0-9._%+\\-]*)\\s?(?:@|©|\\?|\\(a)\\s?([A-Za-z0-9][A-Za-z0-9.,\\- ]*[A-Za-z0-9])");

  private static final Pattern ENDS_WITH_TLD = Pattern.compile("(?i)\\.(com|gov|org|net|edu|mil|us|uk)$");

  /** {@code find} as it was, with the expression. */
  private static EmailAddress byExpression(String printed) {
    Matcher m = BEFORE.matcher(printed);
    while (m.find()) {
      String[] pieces = m.group(2).split(" ");
      String domain = pieces[0];
      if (pieces.length > 1 && pieces[1].length() <= 3 && !ENDS_WITH_TLD.matcher(domain).find()) {
        domain += pieces[1];
      }
      boolean at = m.group(0).contains("@") || m.group(0).contains("©");
      if (!at && !domain.contains(".")) {
        continue;
      }
      EmailAddress a = EmailAddress.of(m.group(1), domain);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  @Test
  void findsWhatTheExpressionFoundOnRandomText() {
    Random random = new Random(14);
    String alphabet = "aZ09._-%+ @©?(),\tmxstategov.com";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertEquals(String.valueOf(byExpression(s)), String.valueOf(EmailAddress.find(s)), "'" + s + "'");
    }
  }

  @Test
  void aLongNameIsReadInLinearTime() {
    String word = "a".repeat(1_000_000);
    String dots = "a.".repeat(500_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertNull(EmailAddress.find(word));
      assertNull(EmailAddress.find(dots));
      assertNull(EmailAddress.find("x@" + ".".repeat(1_000_000)));
      assertEquals(EmailAddress.find("HDR22@clintonemail.com"), EmailAddress.find(word + " H <HDR22@clintonemail.com>"));
    }, "a hang guard: the expression took hours on these");
  }
}
