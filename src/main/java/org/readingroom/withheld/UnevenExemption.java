package org.readingroom.withheld;

import java.util.List;

/**
 * An exemption applied to a message in some of its printings and not in others that print as much
 * of it: one agency reviewer withheld under the code what another released or left unmarked.
 *
 * @param message the message's id in the archive
 * @param code the exemption code
 * @param appliedIn the documents whose printing of the message carries the code (keys, in order)
 * @param notAppliedIn the documents whose printing carries no such code, though it prints at least
 *     nine tenths of the body the others do
 */
public record UnevenExemption(String message, String code, List<String> appliedIn, List<String> notAppliedIn) {
  public UnevenExemption {
    appliedIn = List.copyOf(appliedIn);
    notAppliedIn = List.copyOf(notAppliedIn);
  }
}
