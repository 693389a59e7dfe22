import { describe, expect, it } from 'vitest';
import { mapCCAPIFinishReason, resolveFinishReason } from './map-ccapi-finish-reason';

describe('mapCCAPIFinishReason', () => {
  it.each([
    ['stop', 'stop'],
    ['length', 'length'],
    ['tool_calls', 'tool-calls'],
    ['tool_call', 'tool-calls'],
    ['function_call', 'tool-calls'],
    ['content_filter', 'content-filter'],
    ['sensitive', 'content-filter'],
    ['network_error', 'error'],
    ['insufficient_system_resource', 'error'],
    ['model_context_window_exceeded', 'length'],
    ['end_turn', 'stop'],
    ['max_tokens', 'length'],
    ['pause_turn', 'other'],
    ['something_new', 'other'],
  ] as const)('%s → %s', (raw, unified) => {
    expect(mapCCAPIFinishReason(raw)).toBe(unified);
  });

  it('reports tool-calls when tools were called even if upstream said stop', () => {
    expect(resolveFinishReason('stop', true)).toBe('tool-calls');
    expect(resolveFinishReason('other', true)).toBe('tool-calls');
    expect(resolveFinishReason('length', true)).toBe('length');
    expect(resolveFinishReason('content-filter', true)).toBe('content-filter');
    expect(resolveFinishReason('stop', false)).toBe('stop');
  });
});
