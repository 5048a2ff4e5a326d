package cn.autogov.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A real HTTP client for black-box tests: no redirects followed, so tests see what the server said.
 */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Http() {}

  public static HttpResponse<String> get(URL base, String path) {
    return send(HttpRequest.newBuilder(uri(base, path)).GET().build());
  }

  public static HttpResponse<String> get(URL base, String path, String acceptLanguage) {
    return send(
        HttpRequest.newBuilder(uri(base, path))
            .header("Accept-Language", acceptLanguage)
            .GET()
            .build());
  }

  public static HttpResponse<String> post(URL base, String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri(base, path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * Arquillian's URL ends with the context root; paths here are absolute within the application.
   */
  public static URI uri(URL base, String path) {
    String root = base.toString().replaceAll("/+$", "");
    return URI.create(root + path);
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request whose answer is bytes (a workbook, a file). */
  public static HttpResponse<byte[]> sendBytes(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
