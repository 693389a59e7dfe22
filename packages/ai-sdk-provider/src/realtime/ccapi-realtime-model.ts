import { InvalidArgumentError } from '@ai-sdk/provider';
import type { CCAPIRealtimeModelId } from '../catalog/generated/ccapi-realtime-model-ids';
import type { CCAPIConfig } from '../ccapi-config';
import { isRecord } from '../utils/json-record';
import type { CCAPIRealtimeClientEvent } from './ccapi-realtime-client-event';
import type {
  CCAPIRealtimeConnection,
  CCAPIRealtimeConnectOptions,
  CCAPIWebSocketLike,
} from './ccapi-realtime-connection';
import { CCAPIRealtimeError } from './ccapi-realtime-error';
import type { CCAPIRealtimeImplementation } from './ccapi-realtime-model-implementation';
import {
  type CCAPIRealtimeProtocol,
  ccapiRealtimeKeyProtocols,
  defaultCCAPIRealtimeProtocol,
} from './ccapi-realtime-protocol';
import type {
  CCAPIRealtimeServerConnection,
  CCAPIRealtimeSessionIntent,
} from './ccapi-realtime-server-connection';
import type { CCAPIRealtimeServerEvent } from './ccapi-realtime-server-event';
import type { CCAPIRealtimeSessionConfig } from './ccapi-realtime-session-config';
import { createCCAPIRealtimeErrorEvent } from './create-ccapi-realtime-error-event';
import { readCCAPIRealtimeApiKey } from './read-ccapi-realtime-api-key';

export interface CCAPIRealtimeModelSettings {
  /**
   * The OpenAI Realtime protocol version the relay speaks upstream for this model. Default:
   * `beta` for `*-realtime-preview*` ids, `ga` otherwise (see https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/realtime.md).
   */
  protocol?: CCAPIRealtimeProtocol;
}

/**
 * A realtime (speech-to-speech) model over CCAPI's `wss://…/v1/realtime?model=…`, for the AI
 * SDK's realtime sessions (`Experimental_RealtimeModelV4`) and for server-side connections
 * (`connect`, `relay`).
 *
 * This entry stays small: the protocol work (the official `@ai-sdk/openai` realtime model) and
 * the WebSocket code load on first use. The AI SDK's synchronous `parseServerEvent` works before
 * that for the only events a server can send before the client's first event (`session.created`,
 * `error`); every later event follows a client event, whose serialization loads the rest.
 *
 * It is an `Experimental_RealtimeModelV4` by shape, not by an `implements` clause: its signatures
 * use CCAPI's realtime types, which are the AI SDK 7 shapes (ccapi-realtime-ai-sdk-types.test.ts
 * proves both), so the AI SDK 6 entry, which shares this class, names no AI SDK 7 type.
 */
export class CCAPIRealtimeModel {
  readonly specificationVersion = 'v4';
  readonly capabilities = {
    conversation: 'turn-based',
    transports: ['websocket'],
    connections: ['client-secret-websocket', 'server-websocket'],
  } as const;
  readonly protocol: CCAPIRealtimeProtocol;

  private implementation: CCAPIRealtimeImplementation | undefined;
  private loading: Promise<CCAPIRealtimeImplementation> | undefined;

  constructor(
    readonly modelId: CCAPIRealtimeModelId,
    private readonly config: CCAPIConfig,
    settings: CCAPIRealtimeModelSettings = {},
  ) {
    if (settings.protocol != null && settings.protocol !== 'ga' && settings.protocol !== 'beta') {
      throw new InvalidArgumentError({
        argument: 'protocol',
        message: `protocol for realtime model '${modelId}' must be 'ga' or 'beta', got ${JSON.stringify(settings.protocol)}. Leave it out to pick by model id ('beta' for *-realtime-preview models).`,
      });
    }
    this.protocol = settings.protocol ?? defaultCCAPIRealtimeProtocol(modelId);
  }

  get provider(): string {
    return this.config.provider;
  }

  /** Browser side: the relay's key subprotocols for a key handed out by your token route. */
  getWebSocketConfig(options: { token: string; url: string }): {
    url: string;
    protocols: string[];
  } {
    return { url: options.url, protocols: ccapiRealtimeKeyProtocols(options.token) };
  }

  /** Server side: the URL (`ws(s)://<baseURL host>/v1/realtime?model=…`) and the auth headers. */
  async getServerWebSocketConfig(options?: {
    intent?: CCAPIRealtimeSessionIntent;
  }): Promise<CCAPIRealtimeServerConnection> {
    return (await this.load()).getServerWebSocketConfig(options);
  }

  parseServerEvent(raw: unknown): CCAPIRealtimeServerEvent {
    if (this.implementation != null) return this.implementation.parse(raw);
    void this.load().catch(() => {});
    return this.parseBeforeLoad(raw);
  }

  createServerEventParser(): (raw: unknown) => CCAPIRealtimeServerEvent {
    // Called when a connection is being set up: start loading before the first message arrives.
    void this.load().catch(() => {});
    return (raw) => this.parseServerEvent(raw);
  }

  async serializeClientEvent(
    event: CCAPIRealtimeClientEvent,
    options?: { intent?: CCAPIRealtimeSessionIntent },
  ): Promise<unknown> {
    return (await this.load()).serialize(event, options);
  }

  /**
   * The `session` object of a `session.update`. Synchronous by the AI SDK spec, so it needs the
   * implementation loaded (any async method loads it); `await serializeClientEvent({ type:
   * 'session-update', config })` gives the whole event without that condition.
   */
  buildSessionConfig(
    config: CCAPIRealtimeSessionConfig,
    options?: { intent?: CCAPIRealtimeSessionIntent },
  ): Record<string, unknown> {
    if (this.implementation == null) {
      void this.load().catch(() => {});
      throw new CCAPIRealtimeError({
        reason: 'not-ready',
        message: `buildSessionConfig for realtime model '${this.modelId}' was called before the realtime code finished loading. Await any async method first (serializeClientEvent, getServerWebSocketConfig, connect), or use await model.serializeClientEvent({ type: 'session-update', config }).`,
      });
    }
    return this.implementation.buildSessionConfig(config, options);
  }

  /**
   * Opens a server-side realtime session (the key stays on the server). Resolves after
   * `session.created`. A refused upgrade is an `APICallError` with CCAPI's status and message
   * (with `ws`; a standard WebSocket cannot see the status and gives `CCAPIRealtimeError`).
   */
  async connect(options: CCAPIRealtimeConnectOptions = {}): Promise<CCAPIRealtimeConnection> {
    const [implementation, { connectCCAPIRealtime }] = await Promise.all([
      this.load(),
      import('./connect-ccapi-realtime'),
    ]);
    return connectCCAPIRealtime({
      modelId: this.modelId,
      config: this.config,
      implementation,
      options,
    });
  }

  /**
   * Server side of a browser session: pipes an accepted client WebSocket (e.g. from `ws`'s
   * `WebSocketServer`) to a CCAPI connection that holds the key. Client events that arrive while
   * connecting are queued; a connection failure reaches the client as an `error` event (its
   * message says what failed, without the key) followed by close code 1011. Resolves when both
   * sides are closed.
   */
  async relay(
    client: CCAPIWebSocketLike,
    options: CCAPIRealtimeConnectOptions = {},
  ): Promise<void> {
    const { relayCCAPIRealtime } = await import('./relay-ccapi-realtime');
    return relayCCAPIRealtime({ client, connect: () => this.connect(options) });
  }

  private load(): Promise<CCAPIRealtimeImplementation> {
    this.loading ??= import('./ccapi-realtime-model-implementation').then((module) => {
      this.implementation = module.createCCAPIRealtimeImplementation({
        modelId: this.modelId,
        config: this.config,
        protocol: this.protocol,
      });
      return this.implementation;
    });
    return this.loading;
  }

  private parseBeforeLoad(raw: unknown): CCAPIRealtimeServerEvent {
    const type = isRecord(raw) && typeof raw.type === 'string' ? raw.type : 'unknown';
    if (type === 'session.created' && isRecord(raw)) {
      const session = isRecord(raw.session) ? raw.session : undefined;
      const sessionId = typeof session?.id === 'string' ? session.id : undefined;
      return { type: 'session-created', ...(sessionId != null && { sessionId }), raw };
    }
    if (type === 'error') {
      return createCCAPIRealtimeErrorEvent(raw, {
        modelId: this.modelId,
        apiKey: readCCAPIRealtimeApiKey(this.config),
      });
    }
    return { type: 'custom', rawType: type, raw };
  }
}
