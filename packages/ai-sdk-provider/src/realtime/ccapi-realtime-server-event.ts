import type { Experimental_RealtimeModelV4ServerEvent as RealtimeServerEvent } from '@ai-sdk/provider';
import type { CCAPIRealtimeError } from './ccapi-realtime-error';

/**
 * A normalized realtime server event (the AI SDK's union). `error` events additionally carry the
 * typed `CCAPIRealtimeError`; their `message` and `raw` have the API key removed.
 */
export type CCAPIRealtimeServerEvent =
  | Exclude<RealtimeServerEvent, { type: 'error' }>
  | (Extract<RealtimeServerEvent, { type: 'error' }> & { error: CCAPIRealtimeError });
