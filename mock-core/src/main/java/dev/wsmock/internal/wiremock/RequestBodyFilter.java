package dev.wsmock.internal.wiremock;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.AsyncEvent;
import wiremock.jakarta.servlet.AsyncListener;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Reads every request body before WireMock does, bounded in bytes and in time, and hands WireMock the decoded bytes.
 * WireMock itself reads a body with a blocking {@code readAllBytes()} and then inflates it if it looks like gzip,
 * without any limit: a 1 MiB gzip bomb became 1 GiB in memory, and ~20 clients trickling a body byte by byte held
 * every server thread.
 *
 * <p>Here a declared {@code Content-Length} over the limit is refused before a byte is read; the bytes that are
 * already there are read at once; anything still missing is read asynchronously (a servlet {@link ReadListener}),
 * so a slow sender holds no thread while it is waited for, only its connection, until the deadline answers 408.
 * Decoding ({@link ContentCoding}) applies the same limit to what it produces.
 */
final class RequestBodyFilter implements Filter {
  private static final String BODY = RequestBodyFilter.class.getName() + ".body";

  /** How much of a refused body is read and dropped, at most, so that its sender sees the answer. */
  private static final long DRAIN_LIMIT = 64L << 20;

  /** How a part of the server answers a body it will not take: the AWS format, or the admin API's. */
  interface Refusal {
    void refuse(HttpServletRequest request, HttpServletResponse response, BodyRefused refused)
        throws IOException;
  }

  private final int limit;
  private final long deadlineMillis;
  private final Refusal refusal;

  RequestBodyFilter(int limit, Duration deadline, Refusal refusal) {
    this.limit = limit;
    this.deadlineMillis = deadline.toMillis();
    this.refusal = refusal;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (request.getDispatcherType() == DispatcherType.ASYNC
        && request.getAttribute(BODY) instanceof byte[] arrived) {
      // The body arrived asynchronously; this is the dispatch that goes on with it.
      request.removeAttribute(BODY);
      chain.doFilter(BufferedBodyRequest.of(request, arrived), response);
      return;
    }
    if (request.getDispatcherType() != DispatcherType.REQUEST) {
      chain.doFilter(request, response);
      return;
    }
    long declared = request.getContentLengthLong();
    boolean chunked = request.getHeader("Transfer-Encoding") != null;
    if (declared < 0 && !chunked) {
      chain.doFilter(BufferedBodyRequest.of(request, new byte[0]), response);
      return;
    }
    if (declared > limit) {
      refuseThenDrain(request, response, tooLarge(declared));
      return;
    }
    try {
      BoundedBytes body =
          new BoundedBytes(
              limit,
              (int) Math.max(0, declared),
              "Request body exceeds the limit of " + limit + " bytes.");
      ServletInputStream in = request.getInputStream();
      if (!chunked && readAvailable(in, body, declared)) {
        chain.doFilter(BufferedBodyRequest.of(request, decoded(request, body)), response);
        return;
      }
      new AsyncRead(request, response, in, body).start();
    } catch (BodyRefused refused) {
      refusal.refuse(request, response, refused);
    }
  }

  /**
   * Answers a body that is too large before reading it, then reads and drops what the client still sends (up to
   * {@link #DRAIN_LIMIT} and the deadline, holding no thread), so that a client that cannot stop mid-body still
   * reads the answer: closing on unread bytes resets the connection, and a reset loses the answer in transit.
   */
  private void refuseThenDrain(
      HttpServletRequest request, HttpServletResponse response, BodyRefused refused)
      throws IOException {
    refusal.refuse(request, response, refused);
    response.flushBuffer();
    if (request.isAsyncSupported() && request.getHeader("Expect") == null) {
      new AsyncRead(request, response, request.getInputStream(), null).drain();
    }
  }

  /** Reads what has already arrived without blocking; {@code true} once all {@code declared} bytes are in. */
  private static boolean readAvailable(ServletInputStream in, BoundedBytes body, long declared)
      throws BodyRefused {
    while (body.size() < declared) {
      try {
        int available = in.available();
        if (available <= 0) {
          return false;
        }
        int read = body.readFrom(in, (int) Math.min(available, declared - body.size()));
        if (read < 0) {
          throw new BodyRefused(
              BodyFailure.UNREADABLE,
              "The request body ended after "
                  + body.size()
                  + " of the "
                  + declared
                  + " bytes its Content-Length announced.");
        }
      } catch (IOException | RuntimeException unreadable) { // Jetty's BadMessageException, too
        throw unreadable(unreadable);
      }
    }
    return true;
  }

  private byte[] decoded(HttpServletRequest request, BoundedBytes body) throws BodyRefused {
    return ContentCoding.decode(body.toByteArray(), request.getHeader("Content-Encoding"), limit);
  }

  private BodyRefused tooLarge(long declared) {
    return new BodyRefused(
        BodyFailure.TOO_LARGE,
        "Request body of " + declared + " bytes exceeds the limit of " + limit + " bytes.");
  }

  private static BodyRefused unreadable(Throwable cause) {
    String reason =
        cause.getMessage() == null ? "" : ": " + ContentCoding.printable(cause.getMessage());
    return new BodyRefused(
        BodyFailure.UNREADABLE, "The request body could not be read" + reason + ".");
  }

  /**
   * The rest of a body that was not all there at dispatch. The thread goes back to the pool; Jetty calls back as
   * bytes arrive, and whichever comes first, the whole body, a failure or the deadline, settles the request once.
   */
  private final class AsyncRead implements ReadListener, AsyncListener {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ServletInputStream in;
    private final BoundedBytes body;
    private final byte[] buffer = new byte[8192];
    private final AtomicBoolean settled = new AtomicBoolean();
    private AsyncContext async;

    /** After a refusal: what arrives is dropped, then the request completes. */
    private volatile boolean draining;

    private long drained;

    AsyncRead(
        HttpServletRequest request,
        HttpServletResponse response,
        ServletInputStream in,
        BoundedBytes body) {
      this.request = request;
      this.response = response;
      this.in = in;
      this.body = body;
    }

    void start() {
      if (!request.isAsyncSupported()) {
        // Only WireMock's static pages (Swagger UI) are not async; they take no body worth waiting
        // for.
        try {
          refusal.refuse(
              request,
              response,
              new BodyRefused(
                  BodyFailure.UNREADABLE,
                  "This route takes no request body that arrives after its headers."));
        } catch (IOException ignored) {
          // The client is gone.
        }
        return;
      }
      async = request.startAsync(request, response);
      async.setTimeout(deadlineMillis);
      async.addListener(this);
      in.setReadListener(this);
    }

    /** Drops the rest of a body that was already answered. */
    void drain() {
      settled.set(true);
      draining = true;
      async = request.startAsync(request, response);
      async.setTimeout(deadlineMillis);
      async.addListener(this);
      in.setReadListener(this);
    }

    @Override
    public void onDataAvailable() throws IOException {
      try {
        while (in.isReady()) {
          int read = in.read(buffer);
          if (read < 0) {
            return; // onAllDataRead follows
          }
          if (draining) {
            drained += read;
            if (drained > DRAIN_LIMIT) {
              async.complete(); // the connection closes; enough was read for the answer to be seen
              return;
            }
          } else if (settled.get()) {
            return;
          } else {
            try {
              body.append(buffer, 0, read);
            } catch (BodyRefused tooLarge) {
              refuse(tooLarge); // answers now, then drains: the loop goes on dropping bytes
            }
          }
        }
      } catch (IOException | RuntimeException unreadable) {
        if (draining) {
          async.complete();
        } else {
          refuse(unreadable(unreadable));
        }
      }
    }

    @Override
    public void onAllDataRead() throws IOException {
      if (draining) {
        async.complete();
        return;
      }
      if (settled.get()) {
        return;
      }
      byte[] decoded;
      try {
        decoded = decoded(request, body);
      } catch (BodyRefused refused) {
        refuse(refused);
        return;
      }
      if (settled.compareAndSet(false, true)) {
        request.setAttribute(BODY, decoded);
        async.dispatch();
      }
    }

    @Override
    public void onError(Throwable failure) {
      if (draining) {
        async.complete();
      } else {
        refuse(unreadable(failure));
      }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      if (draining) {
        async.complete();
        return;
      }
      refuse(
          new BodyRefused(
              BodyFailure.TOO_SLOW,
              "The request body did not arrive within "
                  + deadlineMillis / 1000.0
                  + " s ("
                  + body.size()
                  + " bytes arrived)."));
    }

    @Override
    public void onError(AsyncEvent event) {
      if (draining) {
        async.complete();
        return;
      }
      refuse(unreadable(event.getThrowable() == null ? new IOException() : event.getThrowable()));
    }

    @Override
    public void onComplete(AsyncEvent event) {}

    @Override
    public void onStartAsync(AsyncEvent event) {}

    private void refuse(BodyRefused refused) {
      if (!settled.compareAndSet(false, true)) {
        return;
      }
      boolean drainRest = refused.failure() == BodyFailure.TOO_LARGE;
      try {
        if (!response.isCommitted()) {
          refusal.refuse(request, response, refused);
          response.flushBuffer();
        }
      } catch (IOException | RuntimeException unwritable) {
        drainRest = false; // the client is gone; there is no one left to tell
      } finally {
        if (drainRest) {
          draining = true;
        } else {
          async.complete();
        }
      }
    }
  }
}
