/**
 * Which OpenAI Realtime protocol version the relayed upstream speaks. `ga` (the `gpt-realtime`
 * generation) and `beta` (`OpenAI-Beta: realtime=v1`, the `*-realtime-preview` models) differ in
 * the `session.update` shape and in the output event names. new-api asks the upstream for `beta`
 * on preview models (and, in builds before 2026, on every model).
 */
export type CCAPIRealtimeProtocol = 'ga' | 'beta';

/** `beta` for `*-realtime-preview*` ids, `ga` for the others. */
export function defaultCCAPIRealtimeProtocol(modelId: string): CCAPIRealtimeProtocol {
  return modelId.includes('-realtime-preview') ? 'beta' : 'ga';
}

/**
 * The WebSocket subprotocols that carry the key for clients that cannot set headers (browsers),
 * exactly as the relay reads them (see
 * https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/decisions/2026-12-03-wire-rules.md#realtime).
 * The key is visible to whoever runs the client: see
 * https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/realtime.md before using it.
 */
export function ccapiRealtimeKeyProtocols(key: string): string[] {
  return ['realtime', `openai-insecure-api-key.${key}`, 'openai-beta.realtime-v1'];
}
