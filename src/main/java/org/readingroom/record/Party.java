package org.readingroom.record;

/**
 * A sender or recipient as printed in an email header: a display name, an address, or both.
 * Either part may be null (a withheld address leaves only the name); never both.
 */
public record Party(String name, String address) {
  public Party {
    if (name == null && address == null) {
      throw new IllegalArgumentException("a party needs a name or an address");
    }
  }

  /** The name when there is one, else the address: what a reader would call this party. */
  public String label() {
    return name != null ? name : address;
  }
}
