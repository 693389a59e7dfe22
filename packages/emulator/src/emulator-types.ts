import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorBalance } from './billing/billing-routes';
import type { EmulatorFault } from './faults/emulator-fault';
import type { EmulatorMusicDataShape } from './media/music-data-shape';
import type { EmulatorModelsEnvelope } from './models/models-routes';

/** How a route authenticates, mirroring new-api's TokenAuth (see 2026-12-03-wire-rules.md#authentication). */
export type EmulatorAuthStyle =
  /** `Authorization: Bearer <key>` or raw `Authorization: <key>`. */
  | 'bearer'
  /** `x-api-key` (or Authorization) – the Anthropic Messages route. */
  | 'anthropic'
  /** `x-goog-api-key`, `?key=` (or Authorization) – the Gemini native route. */
  | 'gemini'
  /** No auth (e.g. `/mj/image/{id}`, content the emulator serves for download). */
  | 'none';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or `undefined` when the body is not JSON. */
  body: unknown;
  /** The raw body bytes (multipart uploads, binary). */
  rawBody: Buffer;
}

export interface EmulatorState {
  /** Every request received, in order (tests assert on what the provider sent). */
  requests: RecordedRequest[];
  /** Free-form per-feature state (task stores, counters), keyed by feature name. */
  stores: Map<string, unknown>;
  options: ResolvedEmulatorOptions;
  /**
   * Origin written into URLs the emulator hands out, e.g. `http://127.0.0.1:4010`: where it
   * listens, unless `publicURL` names another.
   */
  origin: string;
}

export interface EmulatorContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Path parameters captured by the route pattern. */
  params: Record<string, string>;
  request: RecordedRequest;
  state: EmulatorState;
  /** The fault requested by header or model-id suffix, if any. */
  fault: EmulatorFault | undefined;
  /** Aborted when the client disconnects. */
  signal: AbortSignal;
}

export interface EmulatorRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /**
   * Path pattern: `/v1/video/generations/:id`, or a RegExp whose named groups become params
   * (needed for Gemini's `/v1beta/models/{model}:generateContent`).
   */
  path: string | RegExp;
  auth: EmulatorAuthStyle;
  /**
   * Reads the model id a request names (with any `~fault:` suffix), for routes that take one.
   * new-api's distributor looks it up before the relay runs: an id no channel serves is answered
   * 503 `model_not_found` (unless `acceptUnknownModels`). Undefined or empty: the route itself
   * answers the missing model.
   */
  model?: (request: RecordedRequest, params: Record<string, string>) => string | undefined;
  handle(context: EmulatorContext): Promise<void> | void;
}

export interface EmulatorOptions {
  /** Port to listen on. Default 0 (a free port). */
  port?: number;
  /** Host to bind. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** The API key the emulator accepts. Default `EMULATOR_API_KEY`. */
  apiKey?: string;
  /** Delay between streamed chunks in ms. Default 0. */
  chunkDelayMs?: number;
  /** How long a media task takes from submit to completion, in ms. Default 30. */
  taskDurationMs?: number;
  /** How long a `stall` fault holds the connection open, in ms. Default 30000. */
  stallMs?: number;
  /** Log each request to stderr. Default false. */
  log?: boolean;
  /**
   * How `GET /v1/models` wraps its list: `new-api` (`{success: true, object: "list", data}`) or
   * `openai` (`{object: "list", data}`, the docs' shape). One request can ask for the other with
   * the header `x-emulator-models-envelope`. Default `new-api`.
   */
  modelsEnvelope?: EmulatorModelsEnvelope;
  /**
   * Entries appended to `GET /v1/models` as given, e.g. a model served only on `anthropic`, or a
   * malformed entry to test a client with. Default none.
   */
  extraModels?: unknown[];
  /** What `GET /v1/dashboard/billing/*` report. Default: a $100 quota, $12.34 used, no expiry. */
  balance?: EmulatorBalance;
  /**
   * Answer model ids the catalog (`EMULATOR_MODELS`) does not list, instead of CCAPI's 503
   * `model_not_found`. For apps that test made-up ids. Default false.
   */
  acceptUnknownModels?: boolean;
  /**
   * Which inner `data` shape music tasks answer with (see `EmulatorMusicDataShape`). Default
   * `auto`: `classic` for Suno, `producer` for Producer. The header `x-emulator-music-shape`
   * overrides it per task or per fetch.
   */
  musicDataShape?: EmulatorMusicDataShape | 'auto';
  /**
   * The origin written into the URLs of generated files (task results, images, audio), when
   * clients reach the emulator under another address: a proxy, a container port, or a fetch that
   * redirects `https://api.ccapi.ai` to it (as the docs checks do). Default: the emulator's own
   * origin.
   */
  publicURL?: string;
}

export type ResolvedEmulatorOptions = Required<Omit<EmulatorOptions, 'publicURL'>> & {
  publicURL: string | undefined;
};
