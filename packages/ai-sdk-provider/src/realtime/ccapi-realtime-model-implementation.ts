import { Experimental_OpenAIRealtimeModel as OpenAIRealtimeModel } from '@ai-sdk/openai';
import {
  InvalidArgumentError,
  type Experimental_RealtimeModelV4ClientEvent as RealtimeClientEvent,
  type Experimental_RealtimeModelV4ServerConnection as RealtimeServerConnection,
  type Experimental_RealtimeModelV4SessionConfig as RealtimeSessionConfig,
  type Experimental_RealtimeModelV4SessionIntent as RealtimeSessionIntent,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import { isRecord } from '../utils/json-record';
import { VERSION } from '../version';
import { aliasCCAPIRealtimeBetaEvent } from './alias-ccapi-realtime-beta-event';
import type { CCAPIRealtimeProtocol } from './ccapi-realtime-protocol';
import type { CCAPIRealtimeServerEvent } from './ccapi-realtime-server-event';
import { createCCAPIRealtimeErrorEvent } from './create-ccapi-realtime-error-event';
import { readCCAPIRealtimeApiKey } from './read-ccapi-realtime-api-key';
import { toCCAPIRealtimeBetaEvent } from './to-ccapi-realtime-beta-event';

export type CCAPIRealtimeImplementation = ReturnType<typeof createCCAPIRealtimeImplementation>;

/**
 * The realtime model's work, loaded on first use: the official `@ai-sdk/openai` realtime model
 * speaks the protocol (new-api relays OpenAI Realtime events unchanged), pointed at CCAPI's
 * `/v1/realtime` with CCAPI's key. On top of it: both protocol versions (beta event names are
 * read as GA ones; beta relays get beta-shaped client events), `providerOptions.ccapi` as extra
 * session fields, explained and key-free error events, and a clear refusal of transcription-only
 * sessions (the relay picks a channel by `?model=`).
 */
export function createCCAPIRealtimeImplementation(input: {
  modelId: string;
  config: CCAPIConfig;
  protocol: CCAPIRealtimeProtocol;
}) {
  const { modelId, config, protocol } = input;
  const official = new OpenAIRealtimeModel(modelId, {
    provider: config.provider,
    baseURL: config.baseURL,
    // Read per call, so a missing key fails the connection with LoadAPIKeyError.
    headers: () => ({ ...config.headers(), 'User-Agent': `ccapi-ai-sdk-provider/${VERSION}` }),
    fetch: config.fetch,
  });
  const apiKey = () => readCCAPIRealtimeApiKey(config);

  const toOfficialConfig = (sessionConfig: RealtimeSessionConfig): RealtimeSessionConfig => {
    const ccapiOptions = sessionConfig.providerOptions?.ccapi;
    if (ccapiOptions != null && !isRecord(ccapiOptions)) {
      throw new InvalidArgumentError({
        argument: 'sessionConfig.providerOptions.ccapi',
        message: `sessionConfig.providerOptions.ccapi for realtime model '${modelId}' must be an object of extra OpenAI Realtime session fields (for example { max_output_tokens: 500 }).`,
      });
    }
    const { providerOptions: _ignored, ...rest } = sessionConfig;
    return { ...rest, ...(ccapiOptions != null && { providerOptions: ccapiOptions }) };
  };

  const assertConversation = (intent: RealtimeSessionIntent | undefined) => {
    if (intent != null && intent !== 'conversation') {
      throw new UnsupportedFunctionalityError({
        functionality: `realtime intent '${intent}' on CCAPI (the relay picks a channel by ?model=, so only conversation sessions connect; turn on sessionConfig.inputAudioTranscription instead)`,
      });
    }
  };

  return {
    parse(raw: unknown): CCAPIRealtimeServerEvent {
      if (isRecord(raw) && raw.type === 'error') {
        return createCCAPIRealtimeErrorEvent(raw, { modelId, apiKey: apiKey() });
      }
      const event = official.parseServerEvent(aliasCCAPIRealtimeBetaEvent(raw));
      // `raw` stays the wire event as received (relays forward it unchanged).
      return { ...event, raw } as CCAPIRealtimeServerEvent;
    },

    serialize(event: RealtimeClientEvent, options?: { intent?: RealtimeSessionIntent }): unknown {
      assertConversation(options?.intent);
      const officialEvent =
        event.type === 'session-update' || event.type === 'session-start'
          ? { ...event, config: toOfficialConfig(event.config) }
          : event;
      const wire = official.serializeClientEvent(officialEvent, options);
      return protocol === 'beta' ? toCCAPIRealtimeBetaEvent(wire) : wire;
    },

    buildSessionConfig(
      sessionConfig: RealtimeSessionConfig,
      options?: { intent?: RealtimeSessionIntent },
    ): Record<string, unknown> {
      assertConversation(options?.intent);
      const session = official.buildSessionConfig(toOfficialConfig(sessionConfig), options);
      if (protocol === 'ga') return session;
      const beta = toCCAPIRealtimeBetaEvent({ type: 'session.update', session }) as {
        session: Record<string, unknown>;
      };
      return beta.session;
    },

    async getServerWebSocketConfig(options?: {
      intent?: RealtimeSessionIntent;
    }): Promise<RealtimeServerConnection> {
      assertConversation(options?.intent);
      return await official.getServerWebSocketConfig(options);
    },
  };
}
