import { redactSecret } from '../utils/create-ccapi-fetch';
import { asRecord } from '../utils/json-record';
import { CCAPIRealtimeError } from './ccapi-realtime-error';
import type { CCAPIRealtimeServerEvent } from './ccapi-realtime-server-event';

const CLIENT_EVENT_CODES = new Set([
  'invalid_value',
  'invalid_json',
  'unknown_parameter',
  'missing_required_parameter',
  'invalid_type',
]);

/**
 * Turns a wire `error` event (`{"type":"error","error":{type,code,message,param,event_id}}`,
 * new-api's own ones with `event_id: "evt_<request id>"`) into the normalized event with a
 * message that says what happened and what to do, the typed error, and the key removed from
 * both the message and `raw` (the event may be forwarded to a browser).
 */
export function createCCAPIRealtimeErrorEvent(
  raw: unknown,
  context: { modelId: string; apiKey: string | undefined },
): Extract<CCAPIRealtimeServerEvent, { type: 'error' }> {
  const redactedRaw = redactValue(raw, context.apiKey);
  const event = asRecord(redactedRaw) ?? {};
  const detail = asRecord(event.error) ?? {};
  const upstream =
    readString(detail.message) ?? readString(event.message) ?? 'no message was given';
  const code = readString(detail.code) ?? readString(event.code);
  const type = readString(detail.type);
  const clientEventId = readString(detail.event_id);
  const label = [type, code].filter((part) => part != null).join('/');
  const { hint, isRetryable } = describe({ type, code, clientEventId });
  const message = `CCAPI realtime error for model '${context.modelId}'${label ? ` (${label})` : ''}: ${upstream}. ${hint}`;
  return {
    type: 'error',
    message,
    ...(code != null && { code }),
    ...(clientEventId != null && { clientEventId }),
    raw: redactedRaw,
    error: new CCAPIRealtimeError({
      reason: 'error-event',
      message,
      code,
      type,
      clientEventId,
      isRetryable,
    }),
  };
}

function describe(input: { type?: string; code?: string; clientEventId?: string }): {
  hint: string;
  isRetryable: boolean;
} {
  const { type, code, clientEventId } = input;
  if (code === 'beta_api_shape_disabled') {
    return {
      hint: "The relay asked the upstream for the beta Realtime protocol, which this model no longer accepts (new-api builds before 2026 do this for every model). Use a '*-realtime-preview' model, or ask CCAPI support to update the gateway.",
      isRetryable: false,
    };
  }
  if (code === 'rate_limit_exceeded' || type === 'rate_limit_error') {
    return { hint: 'Wait a moment, then send response.create again.', isRetryable: true };
  }
  if (type === 'server_error' || code === 'upstream_error' || type === 'upstream_error') {
    return {
      hint: 'The upstream realtime service failed and no response was produced. Send response.create again, or reconnect if it keeps failing.',
      isRetryable: true,
    };
  }
  if (type === 'invalid_request_error' || (code != null && CLIENT_EVENT_CODES.has(code))) {
    return {
      hint: `A client event${clientEventId ? ` (${clientEventId})` : ''} was rejected; the session stays open. Fix the event and send it again.`,
      isRetryable: false,
    };
  }
  return { hint: 'See the code and message above.', isRetryable: false };
}

function redactValue(value: unknown, apiKey: string | undefined): unknown {
  const text = JSON.stringify(value);
  return apiKey == null || text == null ? value : JSON.parse(redactSecret(text, apiKey));
}

function readString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
