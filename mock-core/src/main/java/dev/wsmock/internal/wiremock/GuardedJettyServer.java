package dev.wsmock.internal.wiremock;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.jetty11.Jetty11Utils;
import com.github.tomakehurst.wiremock.servlet.WireMockHandlerDispatchingServlet;
import dev.wsmock.WireMockFeature;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.protocol.HttpCall;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.io.Connection;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.HttpChannelOverHttp;
import wiremock.org.eclipse.jetty.server.HttpConfiguration;
import wiremock.org.eclipse.jetty.server.HttpConnection;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;
import wiremock.org.eclipse.jetty.servlet.ServletHandler;
import wiremock.org.eclipse.jetty.servlet.ServletMapping;
import wiremock.org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * WireMock's Jetty server with the transport hardened, through the hooks WireMock leaves for this: the request body
 * read bounded and with a deadline ({@link RequestBodyFilter}), the admin API locked ({@link AdminGuardFilter}, no
 * CORS), JSON error pages instead of Jetty's HTML ({@link JsonErrorHandler}), HTTP/1.1 only (no cleartext HTTP/2,
 * which no AWS SDK uses over plain HTTP), and delayed answers (latency faults) sent from a timer instead of a
 * sleeping request thread.
 */
final class GuardedJettyServer extends Jetty11HttpServer {
  /** Threads that write delayed answers when their time comes; the waiting itself holds none. */
  private static final int DELAYED_ANSWER_THREADS = 2;

  private GuardedJettyServer(
      Options options, AdminRequestHandler adminHandler, StubRequestHandler stubHandler) {
    super(options, adminHandler, stubHandler);
  }

  /** WireMock's options plus what the hooks below need; they run inside the superclass constructor. */
  static final class Configuration extends WireMockConfiguration {
    private final transient MockRuntime runtime;
    private final transient ServerOptions server;
    private final transient JsonErrors errors;

    Configuration(MockRuntime runtime, ServerOptions server) {
      this.runtime = runtime;
      this.server = server;
      this.errors = new JsonErrors(runtime.json());
      httpServerFactory(new Factory());
    }
  }

  private static final class Factory implements HttpServerFactory {
    @Override
    public HttpServer buildHttpServer(
        Options options, AdminRequestHandler adminHandler, StubRequestHandler stubHandler) {
      return new GuardedJettyServer(options, adminHandler, stubHandler);
    }

    @Override
    public String getName() {
      return "wsmock-guarded-jetty";
    }
  }

  private Configuration configuration() {
    return (Configuration) options;
  }

  @Override
  protected ServerConnector createHttpConnector(
      String bindAddress, int port, JettySettings jettySettings, NetworkTrafficListener listener) {
    HttpConfiguration http = Jetty11Utils.createHttpConfig(jettySettings);
    return Jetty11Utils.createServerConnector(
        jettyServer, bindAddress, jettySettings, port, listener, new ClientErrorsAre4xx(http));
  }

  @Override
  protected void applyAdditionalServerConfiguration(Server jettyServer, Options options) {
    super.applyAdditionalServerConfiguration(jettyServer, options);
    jettyServer.setErrorHandler(JsonErrorHandler.aws(configuration().errors));
  }

  @Override
  protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler admin) {
    Configuration c = configuration();
    admin.setAllowNullPathInfo(
        true); // "/__admin" itself goes through the filters, not Jetty's bare redirect
    addFilter(admin, new AdminGuardFilter(c.server, c.errors), DispatcherType.REQUEST);
    addFilter(
        admin,
        new RequestBodyFilter(
            ServerOptions.MAX_ADMIN_BODY_BYTES,
            c.server.bodyReadDeadline(),
            (request, response, refused) ->
                c.errors.writeAdmin(
                    response,
                    refused.failure().status,
                    refused.failure().adminCode,
                    refused.getMessage())),
        DispatcherType.REQUEST,
        DispatcherType.ASYNC);
    addFilter(
        admin,
        new FeatureCheckFilter(c.server, c.errors, c.runtime.json()),
        DispatcherType.REQUEST,
        DispatcherType.ASYNC);
  }

  @Override
  protected void decorateAdminServiceContextAfterConfig(ServletContextHandler admin) {
    // WireMock answers every origin with credentials allowed; the admin API sends no CORS headers
    // at all.
    ServletHandler servlets = admin.getServletHandler();
    servlets.setFilterMappings(
        Arrays.stream(servlets.getFilterMappings())
            .filter(mapping -> !isCors(servlets, mapping.getFilterName()))
            .toArray(wiremock.org.eclipse.jetty.servlet.FilterMapping[]::new));
    servlets.setFilters(
        Arrays.stream(servlets.getFilters())
            .filter(holder -> !isCors(servlets, holder.getName()))
            .toArray(FilterHolder[]::new));
    admin.setErrorHandler(JsonErrorHandler.admin(configuration().errors));
  }

  private static boolean isCors(ServletHandler servlets, String filterName) {
    FilterHolder holder = servlets.getFilter(filterName);
    return holder != null && CrossOriginFilter.class.getName().equals(holder.getClassName());
  }

  @Override
  protected void decorateMockServiceContextBeforeConfig(ServletContextHandler mock) {
    Configuration c = configuration();
    addFilter(
        mock,
        new RequestBodyFilter(
            c.runtime.settings().maxBodyBytes(),
            c.server.bodyReadDeadline(),
            (request, response, refused) ->
                JsonErrors.write(
                    response,
                    c.runtime.refuse(
                        callOf(request, new byte[0]),
                        refused.failure().awsError(refused.getMessage())))),
        DispatcherType.REQUEST,
        DispatcherType.ASYNC);
    addFilter(mock, new NotForWireMock(c.runtime), DispatcherType.REQUEST, DispatcherType.ASYNC);
  }

  @Override
  protected void decorateMockServiceContextAfterConfig(ServletContextHandler mock) {
    Configuration c = configuration();
    mock.setErrorHandler(JsonErrorHandler.aws(c.errors));
    if (!c.server.enabled(WireMockFeature.FILES)) {
      // WireMock serves the files under its root at GET /__files/...; without FILES the model
      // answers there.
      ServletHandler servlets = mock.getServletHandler();
      servlets.setServletMappings(
          Arrays.stream(servlets.getServletMappings())
              .filter(mapping -> !Arrays.asList(mapping.getPathSpecs()).contains(FILES_URL_MATCH))
              .toArray(ServletMapping[]::new));
    }
    if (scheduledExecutorService != null) {
      // WireMock's timer threads keep the JVM alive and run every pending delayed answer after a
      // stop.
      scheduledExecutorService.shutdownNow();
      ScheduledThreadPoolExecutor timer =
          new ScheduledThreadPoolExecutor(DELAYED_ANSWER_THREADS, daemonThreads());
      timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
      timer.setRemoveOnCancelPolicy(true);
      scheduledExecutorService = timer;
      mock.setAttribute(WireMockHandlerDispatchingServlet.ASYNCHRONOUS_RESPONSE_EXECUTOR, timer);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "wsmock-delayed-answer-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void addFilter(
      ServletContextHandler context, Filter filter, DispatcherType... dispatches) {
    FilterHolder holder = new FilterHolder(filter);
    holder.setAsyncSupported(true);
    context.addFilter(
        holder,
        "/*",
        EnumSet.of(dispatches[0], Arrays.copyOfRange(dispatches, 1, dispatches.length)));
  }

  /** The request as the protocol layer sees it, with {@code body} (the raw one may never have been read). */
  static HttpCall callOf(HttpServletRequest request, byte[] body) {
    Map<String, String> headers = HttpCall.caseInsensitiveHeaders();
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      headers.putIfAbsent(name, request.getHeader(name));
    }
    return new HttpCall(request.getMethod(), request.getRequestURI(), headers, body);
  }

  /**
   * Requests WireMock cannot take: it answers {@code CONNECT} with an empty 200, and a target that is not a path
   * ({@code OPTIONS *}) with a 500. The model answers them, as it answers any request that is not {@code POST /}.
   */
  private static final class NotForWireMock implements Filter {
    private final MockRuntime runtime;

    NotForWireMock(MockRuntime runtime) {
      this.runtime = runtime;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest request = (HttpServletRequest) req;
      String uri = request.getRequestURI();
      if ("CONNECT".equalsIgnoreCase(request.getMethod()) || uri == null || !uri.startsWith("/")) {
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Connection", "close"); // no tunnel follows
        JsonErrors.write(response, runtime.serve(callOf(request, new byte[0])));
        return;
      }
      chain.doFilter(req, res);
    }
  }

  /**
   * HTTP/1.1 whose parse failures are 4xx: Jetty answers some with a 5xx ({@code HTTP/1.2} is 505, an unknown
   * transfer coding 501), which would break the promise that only a fault rule causes a 5xx.
   */
  private static final class ClientErrorsAre4xx extends HttpConnectionFactory {
    ClientErrorsAre4xx(HttpConfiguration config) {
      super(config);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
      HttpConnection connection =
          new HttpConnection(
              getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
            @Override
            protected HttpChannelOverHttp newHttpChannel() {
              return new HttpChannelOverHttp(
                  this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                @Override
                public void onBadMessage(BadMessageException failure) {
                  super.onBadMessage(
                      failure.getCode() >= 500
                          ? new BadMessageException(400, failure.getReason(), failure)
                          : failure);
                }
              };
            }
          };
      connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
      connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
      return configure(connection, connector, endPoint);
    }
  }
}
