package org.readingroom.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import org.opensearch.client.RestClientBuilder;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.TransportException;
import org.opensearch.client.transport.rest_client.RestClientTransport;

/**
 * The cluster's REST API through the official client (opensearch-java over its low-level REST
 * client, which sends each request to the next live node of those given and passes over a node
 * that does not answer). Bodies are JSON trees; every failure is a {@link ClusterException} of one
 * line that never holds the credentials.
 */
final class Cluster implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  private final RestClient rest;
  private final OpenSearchGenericClient generic;

  private Cluster(RestClient rest) {
    this.rest = rest;
    this.generic = new OpenSearchClient(new RestClientTransport(rest, new JacksonJsonpMapper())).generic();
  }

  static Cluster connect(OpenSearchConfig config) {
    HttpHost[] hosts = config.urls().stream()
        .map(u -> new HttpHost(u.getHost(), u.getPort() < 0 ? 9200 : u.getPort(), u.getScheme()))
        .toArray(HttpHost[]::new);
    RestClientBuilder b = RestClient.builder(hosts)
        .setRequestConfigCallback(r -> r.setConnectTimeout(5_000).setSocketTimeout(120_000));
    SSLContext ssl = ssl(config);
    b.setHttpClientConfigCallback(h -> {
      if (config.user() != null) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(AuthScope.ANY,
            new UsernamePasswordCredentials(config.user(), config.password() == null ? "" : config.password()));
        h.setDefaultCredentialsProvider(credentials);
      }
      if (ssl != null) {
        h.setSSLContext(ssl);
      }
      return h;
    });
    return new Cluster(b.build());
  }

  private static SSLContext ssl(OpenSearchConfig config) {
    if (config.trustStore() == null) {
      return null;
    }
    try (InputStream in = Files.newInputStream(config.trustStore())) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      char[] password = config.trustStorePassword() == null ? null : config.trustStorePassword().toCharArray();
      store.load(in, password);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      return ssl;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot read the trust store " + config.trustStore() + ": " + e.getMessage());
    }
  }

  /** A call whose answer is JSON; null for a 404 when {@code missingOk}. */
  JsonNode call(String method, String endpoint, Object body) throws IOException {
    return call(method, endpoint, Map.of(), body, false);
  }

  JsonNode call(String method, String endpoint, Map<String, String> params, Object body, boolean missingOk)
      throws IOException {
    Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint).query(params);
    if (body instanceof byte[] ndjson) {
      request.body(Body.from(ndjson, "application/x-ndjson"));
    } else if (body != null) {
      request.body(Body.from(JSON.writeValueAsBytes(body), "application/json"));
    }
    int status;
    byte[] answer;
    try (Response r = generic.execute(request.build())) {
      status = r.getStatus();
      Optional<Body> b = r.getBody();
      answer = b.isPresent() ? b.get().bodyAsBytes() : new byte[0];
    } catch (ResponseException e) {
      status = e.getResponse().getStatusLine().getStatusCode();
      answer = e.getResponse().getEntity() == null ? new byte[0] : e.getResponse().getEntity().getContent().readAllBytes();
    } catch (TransportException e) {
      throw new ClusterException(e.getMessage() != null && e.getMessage().contains("Unauthorized") ? 401 : 403,
          "the cluster refused the credentials (" + e.getMessage() + ")");
    } catch (ConnectException e) {
      throw new ClusterException(0, "cannot reach OpenSearch at " + urls() + ": " + e.getMessage());
    } catch (IOException e) {
      throw new ClusterException(0, "OpenSearch at " + urls() + " did not answer: " + e.getMessage());
    }
    if (status == 404 && missingOk) {
      return null;
    }
    JsonNode json = answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
    if (status >= 400) {
      throw new ClusterException(status, endpoint + " answered " + status + ": " + reason(json));
    }
    return json;
  }

  private String urls() {
    List<String> out = rest.getNodes().stream().map(n -> n.getHost().toURI()).toList();
    return String.join(",", out);
  }

  /** The error's reason, on one line, bounded. */
  static String reason(JsonNode error) {
    JsonNode e = error.path("error");
    String why = e.isTextual() ? e.asText()
        : e.path("root_cause").path(0).path("reason").asText(e.path("reason").asText(error.toString()));
    why = why.replaceAll("\\s+", " ");
    return why.length() > 300 ? why.substring(0, 299) + "…" : why;
  }

  /** The hosts given, for messages: without any credentials a URL might carry. */
  static String shown(List<URI> urls) {
    return String.join(",", urls.stream().map(u -> u.getScheme() + "://" + u.getHost() + ":" + u.getPort()).toList());
  }

  @Override
  public void close() throws IOException {
    rest.close();
  }
}
