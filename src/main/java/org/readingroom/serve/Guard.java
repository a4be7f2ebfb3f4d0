package org.readingroom.serve;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readingroom.analysis.Curator;

/**
 * What a request must show: a {@code Host} that names this server (every request), and the
 * curator's token (every change to the archive). The token is compared in constant time.
 */
final class Guard {

  private static final Set<String> OWN_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  private final ServerSettings settings;
  private final Set<String> names = new HashSet<>(OWN_NAMES);

  Guard(ServerSettings settings, String listeningOn) {
    this.settings = settings;
    if (listeningOn != null && !listeningOn.equals("0.0.0.0") && !listeningOn.equals("::")) {
      names.add(listeningOn.contains(":") && !listeningOn.startsWith("[") ? "[" + listeningOn + "]"
          : listeningOn.toLowerCase(Locale.ROOT));
    }
  }

  /** Refuses (421) a request whose {@code Host} names neither this server nor an allowed host. */
  void checkHost(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || host.isBlank()) {
      return; // HTTP/1.0 without one: no browser sends that, so no rebinding either
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    int port = ctx.req().getLocalPort();
    int colon = h.lastIndexOf(':');
    String name = colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
    String portPart = colon > h.lastIndexOf(']') ? h.substring(colon + 1) : null;
    boolean ownPort = portPart == null || portPart.equals(Integer.toString(port));
    if (settings.allowedHosts().contains(h) || ownPort && (names.contains(name) || settings.allowedHosts().contains(name))) {
      return;
    }
    throw new HttpResponseException(421, "this server does not answer to the host '" + shown(host) + "': use http://"
        + "127.0.0.1:" + port + "/, or start it with --allowed-host for the name readers use",
        Map.of());
  }

  /**
   * The curator a change comes from: a request with the token in {@code Authorization: Bearer};
   * else a 401 that says what to send.
   */
  Curator curator(Context ctx) {
    String auth = ctx.header("Authorization");
    String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
    return curator(ctx, token);
  }

  /** The curator whose token is {@code token} (from a form, say); else a 401. */
  Curator curator(Context ctx, String token) {
    if (settings.curatorToken() == null) {
      throw unauthorized("this server accepts no change to the archive: it was started without a curator token");
    }
    if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        settings.curatorToken().getBytes(StandardCharsets.UTF_8))) {
      throw unauthorized(token == null ? "a change to the archive needs the curator token: send 'Authorization: Bearer"
          + " TOKEN' (readingroom serve prints how)" : "that is not the curator token of this server");
    }
    return new Curator(settings.curatorLabel(), ctx.ip());
  }

  private static UnauthorizedResponse unauthorized(String message) {
    return new UnauthorizedResponse(message);
  }

  private static String shown(String s) {
    return s.length() <= 100 ? s : s.substring(0, 99) + "…";
  }
}
