import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { ToolCallAssembler } from './tool-call-assembler';

function assemble(deltas: Array<Record<string, unknown>>) {
  const parts: LanguageModelV4StreamPart[] = [];
  let counter = 0;
  const assembler = new ToolCallAssembler(
    (part) => parts.push(part),
    () => `gen-${counter++}`,
  );
  for (const delta of deltas) assembler.add(delta);
  assembler.finish();
  const calls = parts
    .filter((part) => part.type === 'tool-call')
    .map(
      (part) =>
        part.type === 'tool-call' && {
          id: part.toolCallId,
          name: part.toolName,
          input: part.input,
        },
    );
  return { parts, calls };
}

const fn = (name: string | undefined, args: unknown) => ({ name, arguments: args });

describe('ToolCallAssembler', () => {
  it('OpenAI shape: id and name first, then argument fragments by index', () => {
    const { calls, parts } = assemble([
      { index: 0, id: 'call_a', type: 'function', function: fn('add', '') },
      { index: 0, function: { arguments: '{"a"' } },
      { index: 0, function: { arguments: ':2}' } },
      { index: 1, id: 'call_b', type: 'function', function: fn('mul', '{"a":3}') },
    ]);
    expect(calls).toEqual([
      { id: 'call_a', name: 'add', input: '{"a":2}' },
      { id: 'call_b', name: 'mul', input: '{"a":3}' },
    ]);
    expect(parts.map((part) => part.type)).toEqual([
      'tool-input-start',
      'tool-input-delta',
      'tool-input-delta',
      'tool-input-start',
      'tool-input-delta',
      'tool-input-end',
      'tool-call',
      'tool-input-end',
      'tool-call',
    ]);
  });

  it('Claude relay: 1-based / sparse content-block indexes', () => {
    const { calls } = assemble([
      { index: 2, id: 'toolu_1', type: 'function', function: fn('get_weather', '') },
      { index: 2, type: 'function', function: { arguments: '' } },
      { index: 2, type: 'function', function: { arguments: '{"city": "Paris"}' } },
    ]);
    expect(calls).toEqual([{ id: 'toolu_1', name: 'get_weather', input: '{"city": "Paris"}' }]);
  });

  it('old Claude relay: parallel calls reusing index 0 are told apart by id', () => {
    const { calls } = assemble([
      { index: 0, id: 'toolu_1', function: fn('a', '') },
      { index: 0, function: { arguments: '{"x":1}' } },
      { index: 0, id: 'toolu_2', function: fn('b', '') },
      { index: 0, function: { arguments: '{"y":2}' } },
    ]);
    expect(calls).toEqual([
      { id: 'toolu_1', name: 'a', input: '{"x":1}' },
      { id: 'toolu_2', name: 'b', input: '{"y":2}' },
    ]);
  });

  it('Gemini: whole calls without index in separate deltas', () => {
    const { calls } = assemble([
      { id: 'function-call-1', type: 'function', function: fn('a', '{"x":1}') },
      { id: 'function-call-2', type: 'function', function: fn('b', '{"y":2}') },
    ]);
    expect(calls.map((call) => (call ? call.name : undefined))).toEqual(['a', 'b']);
  });

  it('Gemini with empty ids and no index: a new named delta after a complete call is a new call', () => {
    const { calls } = assemble([
      { id: '', function: fn('a', '{"x":1}') },
      { id: '', function: fn('b', '{"y":2}') },
    ]);
    expect(calls).toEqual([
      { id: 'gen-0', name: 'a', input: '{"x":1}' },
      { id: 'gen-1', name: 'b', input: '{"y":2}' },
    ]);
  });

  it('Gemini relay first-event split: id and name, then arguments without id', () => {
    const { calls } = assemble([
      { index: 0, id: 'call_1', type: 'function', function: fn('a', '') },
      { index: 0, type: null, function: { arguments: '{"x":1}' } },
    ]);
    expect(calls).toEqual([{ id: 'call_1', name: 'a', input: '{"x":1}' }]);
  });

  it('old Gemini relay: index restarting at 0 with a new id each chunk', () => {
    const { calls } = assemble([
      { index: 0, id: 'call_1', function: fn('a', '{"x":1}') },
      { index: 0, id: 'call_2', function: fn('b', '{"y":2}') },
    ]);
    expect(calls.map((call) => (call ? call.id : undefined))).toEqual(['call_1', 'call_2']);
  });

  it('repeated id and name on a continuation do not open a second call (vLLM GLM)', () => {
    const { calls } = assemble([
      { index: 0, id: 'call_1', function: fn('a', '{"x"') },
      { index: 0, id: 'call_1', type: 'function', function: fn('a', ':1}') },
    ]);
    expect(calls).toEqual([{ id: 'call_1', name: 'a', input: '{"x":1}' }]);
  });

  it('buffers arguments until the name arrives', () => {
    const { calls, parts } = assemble([
      { index: 0, id: 'call_1', function: { arguments: '{"x":' } },
      { index: 0, function: fn('a', '1}') },
    ]);
    expect(calls).toEqual([{ id: 'call_1', name: 'a', input: '{"x":1}' }]);
    expect(parts[0]).toEqual({ type: 'tool-input-start', id: 'call_1', toolName: 'a' });
    expect(parts[1]).toEqual({ type: 'tool-input-delta', id: 'call_1', delta: '{"x":1}' });
  });

  it('GLM object arguments are serialised; empty arguments become {}', () => {
    const { calls } = assemble([
      { index: 0, id: 'call_1', function: fn('a', { city: 'Paris' }) },
      { index: 1, id: 'call_2', function: fn('b', '') },
    ]);
    expect(calls).toEqual([
      { id: 'call_1', name: 'a', input: '{"city":"Paris"}' },
      { id: 'call_2', name: 'b', input: '{}' },
    ]);
  });

  it('keeps extra_content (Gemini thought signatures) per call', () => {
    const { parts } = assemble([
      {
        id: 'c1',
        function: fn('a', '{}'),
        extra_content: { google: { thought_signature: 'sig' } },
      },
      { id: 'c2', function: fn('b', '{}') },
    ]);
    const toolCalls = parts.filter((part) => part.type === 'tool-call');
    expect(toolCalls[0]).toMatchObject({
      providerMetadata: { ccapi: { extraContent: { google: { thought_signature: 'sig' } } } },
    });
    expect(toolCalls[1]).not.toHaveProperty('providerMetadata');
  });

  it('finalises only at the end, even when arguments already parse', () => {
    const parts: LanguageModelV4StreamPart[] = [];
    const assembler = new ToolCallAssembler(
      (part) => parts.push(part),
      () => 'x',
    );
    assembler.add({ index: 0, id: 'c', function: fn('a', '{"x":1}') });
    expect(parts.some((part) => part.type === 'tool-call')).toBe(false);
    assembler.add({ index: 0, function: { arguments: '' } });
    assembler.finish();
    expect(parts.filter((part) => part.type === 'tool-call')).toHaveLength(1);
  });
});
