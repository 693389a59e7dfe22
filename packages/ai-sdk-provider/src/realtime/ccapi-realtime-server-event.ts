import type { CCAPIRealtimeError } from './ccapi-realtime-error';
import type { CCAPIRealtimeUsage } from './ccapi-realtime-usage';

/**
 * A normalized realtime server event, each with the wire event in `raw`: the union of AI SDK 7's
 * `Experimental_RealtimeModelV4ServerEvent`, so an event fits wherever AI SDK 7 expects one.
 * `error` events also carry the typed `CCAPIRealtimeError`; their `message` and `raw` have the
 * API key removed.
 */
export type CCAPIRealtimeServerEvent =
  | {
      type: 'session-started';
      sessionId: string;
      delegationMode?: 'client' | 'provider';
      raw: unknown;
    }
  | {
      type: 'session-closed';
      sessionId?: string;
      usage: { seconds: number };
      reason: string;
      raw: unknown;
    }
  | {
      type: 'session-usage';
      /** The duration so far (a running total, not an increment). */
      usage: { seconds: number };
      contextWindowUsageRatio?: number;
      raw: unknown;
    }
  | { type: 'audio-chunk'; delta: string; raw: unknown }
  | {
      type: 'transcript-fragment';
      speaker: 'user' | 'assistant';
      delta: string;
      startMs: number;
      endMs: number;
      raw: unknown;
    }
  | {
      type: 'delegation-created';
      delegationId: string;
      target?: 'client' | 'provider';
      offsetMs?: number;
      responseId?: string;
      raw: unknown;
    }
  | {
      type: 'command-acknowledged';
      /** The provider's name of the acknowledged command. */
      command: string;
      clientEventId?: string;
      raw: unknown;
    }
  | { type: 'session-created'; sessionId?: string; raw: unknown }
  | { type: 'session-updated'; raw: unknown }
  | { type: 'speech-started'; itemId?: string; raw: unknown }
  | { type: 'speech-stopped'; itemId?: string; raw: unknown }
  | { type: 'audio-committed'; itemId?: string; previousItemId?: string; raw: unknown }
  | { type: 'conversation-item-added'; itemId: string; item: unknown; raw: unknown }
  | {
      type: 'input-transcription-completed';
      itemId: string;
      transcript: string;
      usage?: CCAPIRealtimeUsage;
      raw: unknown;
    }
  | { type: 'response-created'; responseId: string; raw: unknown }
  | {
      type: 'response-done';
      responseId: string;
      status: string;
      usage?: CCAPIRealtimeUsage;
      raw: unknown;
    }
  | { type: 'output-item-added'; responseId: string; itemId: string; raw: unknown }
  | { type: 'output-item-done'; responseId: string; itemId: string; raw: unknown }
  | { type: 'content-part-added'; responseId: string; itemId: string; raw: unknown }
  | { type: 'content-part-done'; responseId: string; itemId: string; raw: unknown }
  /** `delta`: a base64-encoded audio chunk. */
  | { type: 'audio-delta'; responseId: string; itemId: string; delta: string; raw: unknown }
  | { type: 'audio-done'; responseId: string; itemId: string; raw: unknown }
  | {
      type: 'audio-transcript-delta';
      responseId: string;
      itemId: string;
      delta: string;
      raw: unknown;
    }
  | {
      type: 'audio-transcript-done';
      responseId: string;
      itemId: string;
      transcript?: string;
      raw: unknown;
    }
  | { type: 'text-delta'; responseId: string; itemId: string; delta: string; raw: unknown }
  | { type: 'text-done'; responseId: string; itemId: string; text?: string; raw: unknown }
  /** `delta`: a piece of the arguments' JSON. */
  | {
      type: 'function-call-arguments-delta';
      responseId: string;
      itemId: string;
      callId: string;
      delta: string;
      raw: unknown;
    }
  | {
      type: 'function-call-arguments-done';
      responseId: string;
      itemId: string;
      callId: string;
      name: string;
      /** The arguments as a JSON string. */
      arguments: string;
      raw: unknown;
    }
  | {
      type: 'error';
      message: string;
      code?: string;
      clientEventId?: string;
      raw: unknown;
      error: CCAPIRealtimeError;
    }
  | {
      type: 'custom';
      /** The wire event's `type`. */
      rawType: string;
      /** A usage snapshot not tied to a response. */
      usage?: CCAPIRealtimeUsage;
      raw: unknown;
    };
