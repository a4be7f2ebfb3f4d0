package org.readingroom.serve;

import java.util.List;
import java.util.Locale;

/**
 * Who may change the archive through a server, and the names it answers to.
 *
 * @param curatorToken the secret a curator's request carries ({@code Authorization: Bearer ...}, or
 *     the token field of the person page's form); null: no change is accepted
 * @param curatorLabel who the token's holder is, as the curation log records it
 * @param allowedHosts the names (or {@code name:port}) this server answers to besides {@code
 *     127.0.0.1}, {@code localhost} and {@code [::1]} on its own port: a request naming another
 *     {@code Host} is refused (421), so that a site whose name was pointed at this machine (DNS
 *     rebinding) cannot use the reader's browser to read or change the archive
 */
public record ServerSettings(String curatorToken, String curatorLabel, List<String> allowedHosts) {

  /** Fewer characters than this make a token that can be guessed. */
  public static final int MIN_TOKEN_LENGTH = 16;

  public ServerSettings {
    if (curatorToken != null && curatorToken.strip().length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("a curator token has " + MIN_TOKEN_LENGTH + " characters or more");
    }
    curatorToken = curatorToken == null ? null : curatorToken.strip();
    curatorLabel = curatorLabel == null || curatorLabel.isBlank() ? "curator" : curatorLabel;
    allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
  }

  /** A server that accepts no change and answers to this machine's own names only. */
  public static ServerSettings readOnly() {
    return new ServerSettings(null, null, List.of());
  }

  /** A server whose curators hold {@code token}, answering to this machine's own names. */
  public static ServerSettings curatedWith(String token) {
    return new ServerSettings(token, "curator", List.of());
  }
}
