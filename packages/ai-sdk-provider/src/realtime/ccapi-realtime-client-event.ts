import type { CCAPIProviderOptions } from '../shared/ccapi-provider-options';
import type { CCAPIRealtimeConversationItem } from './ccapi-realtime-conversation-item';
import type { CCAPIRealtimeSessionConfig } from './ccapi-realtime-session-config';

/**
 * A normalized client event (`connection.send(event)`, `model.serializeClientEvent(event)`),
 * which the model turns into the wire event. The same union as AI SDK 7's
 * `Experimental_RealtimeModelV4ClientEvent`, so events from either type fit the other.
 */
export type CCAPIRealtimeClientEvent =
  | { type: 'session-update'; config: CCAPIRealtimeSessionConfig; eventId?: string }
  | { type: 'session-start'; config: CCAPIRealtimeSessionConfig; eventId?: string }
  | { type: 'session-close'; eventId?: string }
  | { type: 'input-audio-mute'; eventId?: string }
  | { type: 'input-audio-unmute'; eventId?: string }
  | {
      type: 'context-append';
      content: string;
      delegationId: string | null;
      eventId?: string;
      providerOptions?: CCAPIProviderOptions;
    }
  | {
      type: 'input-audio-append';
      /** A base64-encoded chunk for the input audio buffer. */
      audio: string;
      eventId?: string;
    }
  | { type: 'input-audio-commit' }
  | { type: 'input-audio-clear' }
  | { type: 'conversation-item-create'; item: CCAPIRealtimeConversationItem }
  | {
      type: 'conversation-item-truncate';
      /** The assistant message item to cut. */
      itemId: string;
      contentIndex: number;
      /** Keep the audio up to this many ms. */
      audioEndMs: number;
    }
  | {
      type: 'response-create';
      options?: {
        modalities?: string[];
        instructions?: string;
        metadata?: Record<string, unknown>;
      };
    }
  | { type: 'response-cancel' };
