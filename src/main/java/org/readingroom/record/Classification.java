package org.readingroom.record;

import java.util.List;

/**
 * The classification authority block: {@code Classified by DAS, A/GIS, DoS on 01/29/2016 ~ Class:
 * CONFIDENTIAL ~ Reason: 1.4(B), B1 ~ Declassify on: 01/01/2027}. Any part that cannot be read is
 * null ({@code reasons} is then empty).
 */
public record Classification(
    String level, String classifiedBy, String classifiedOn, List<String> reasons, String declassifyOn) {
  public Classification {
    reasons = List.copyOf(reasons);
  }
}
