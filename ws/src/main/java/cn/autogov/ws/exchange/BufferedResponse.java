package cn.autogov.ws.exchange;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds Metro's answer back until the call is logged: nothing reaches the caller before its record
 * is written (fail closed).
 */
final class BufferedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
  private int status = 200;
  private PrintWriter writer;
  private String text;

  BufferedResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
  }

  @Override
  public void sendError(int sc) {
    status = sc;
  }

  @Override
  public void sendError(int sc, String msg) {
    status = sc;
  }

  @Override
  public void setContentLength(int len) {
    // set when the buffered bytes go out
  }

  @Override
  public void setContentLengthLong(long len) {
    // set when the buffered bytes go out
  }

  @Override
  public void flushBuffer() {
    // held back until commit()
  }

  int status() {
    return status;
  }

  String text() {
    if (text == null) {
      if (writer != null) {
        writer.flush();
      }
      text = bytes.toString(StandardCharsets.UTF_8);
    }
    return text;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    return new ServletOutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    }
    return writer;
  }

  /** Sends what Metro wrote. */
  void commit() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    HttpServletResponse res = (HttpServletResponse) getResponse();
    res.setStatus(status);
    res.setContentLength(bytes.size());
    bytes.writeTo(res.getOutputStream());
  }
}
