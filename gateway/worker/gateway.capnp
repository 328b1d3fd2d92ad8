# The reference gateway on Cloudflare's workerd runtime, run locally (`npm run gateway:workerd`, or
# `npx workerd serve dist-worker/gateway.capnp` after `npm run build:worker`, which copies this file beside the
# bundle it embeds). The API description is built into the bundle; everything else comes from the same GATEWAY_*
# environment variables as the Node gateway (unset ones stay unset), caller checks included (GATEWAY_CALLER_TOKENS or
# GATEWAY_JWT_*; GATEWAY_CALLER_TOKENS_FILE needs a file system and stops the start here; GATEWAY_CREDENTIAL_<SCHEME>
# names depend on the description: add a binding per scheme). Override the listening address with
# `--socket-addr http=127.0.0.1:8787`.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "gateway", worker = .gateway),
    # The upstream is a fixed URL from GATEWAY_UPSTREAM_URL; "local" and "private" let it be the demo or a test
    # upstream on this machine, as the Node gateway allows.
    (name = "upstream", network = (allow = ["public", "private", "local"], tlsOptions = (trustBrowserCas = true))),
  ],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "gateway")],
);

const gateway :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "gateway-worker.js")],
  compatibilityDate = "2025-09-01",
  # nodejs_compat: the shared configuration code uses node:path and node:crypto; enable_request_signal: a client
  # that goes away aborts request.signal, which cancels the upstream request.
  compatibilityFlags = ["nodejs_compat", "enable_request_signal"],
  globalOutbound = "upstream",
  bindings = [
    (name = "GATEWAY_UPSTREAM_URL", fromEnvironment = "GATEWAY_UPSTREAM_URL"),
    (name = "GATEWAY_ALLOWED_ORIGINS", fromEnvironment = "GATEWAY_ALLOWED_ORIGINS"),
    (name = "GATEWAY_CREDENTIAL", fromEnvironment = "GATEWAY_CREDENTIAL"),
    (name = "GATEWAY_PUBLIC", fromEnvironment = "GATEWAY_PUBLIC"),
    (name = "GATEWAY_CALLER_TOKENS", fromEnvironment = "GATEWAY_CALLER_TOKENS"),
    (name = "GATEWAY_CALLER_TOKENS_FILE", fromEnvironment = "GATEWAY_CALLER_TOKENS_FILE"),
    (name = "GATEWAY_JWT_JWKS_URL", fromEnvironment = "GATEWAY_JWT_JWKS_URL"),
    (name = "GATEWAY_JWT_ISSUER", fromEnvironment = "GATEWAY_JWT_ISSUER"),
    (name = "GATEWAY_JWT_AUDIENCE", fromEnvironment = "GATEWAY_JWT_AUDIENCE"),
    (name = "GATEWAY_JWT_HEADER", fromEnvironment = "GATEWAY_JWT_HEADER"),
    (name = "GATEWAY_JWT_ALGORITHMS", fromEnvironment = "GATEWAY_JWT_ALGORITHMS"),
    (name = "GATEWAY_JWT_CLOCK_SKEW_S", fromEnvironment = "GATEWAY_JWT_CLOCK_SKEW_S"),
    (name = "GATEWAY_JWT_JWKS_COOLDOWN_MS", fromEnvironment = "GATEWAY_JWT_JWKS_COOLDOWN_MS"),
    (name = "GATEWAY_JWT_SCOPES", fromEnvironment = "GATEWAY_JWT_SCOPES"),
    (name = "GATEWAY_JWT_SCOPE_CLAIM", fromEnvironment = "GATEWAY_JWT_SCOPE_CLAIM"),
    (name = "GATEWAY_READ_ONLY", fromEnvironment = "GATEWAY_READ_ONLY"),
    (name = "GATEWAY_OPERATIONS", fromEnvironment = "GATEWAY_OPERATIONS"),
    (name = "GATEWAY_TIMEOUT_MS", fromEnvironment = "GATEWAY_TIMEOUT_MS"),
    (name = "GATEWAY_MAX_BODY_BYTES", fromEnvironment = "GATEWAY_MAX_BODY_BYTES"),
    (name = "GATEWAY_MAX_RESPONSE_BYTES", fromEnvironment = "GATEWAY_MAX_RESPONSE_BYTES"),
    (name = "GATEWAY_MAX_HEADERS", fromEnvironment = "GATEWAY_MAX_HEADERS"),
    (name = "GATEWAY_RATE_LIMIT", fromEnvironment = "GATEWAY_RATE_LIMIT"),
  ],
);
