import { describe, expect, it } from 'vitest';
import { ReasoningDetailsMerger } from './reasoning-details-merger';

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'reasoning.text',
  index: 0,
  format: 'MiniMax-response-v1',
  text: value,
  ...extra,
});

describe('ReasoningDetailsMerger', () => {
  it('merges incremental text and reports each new piece', () => {
    const merger = new ReasoningDetailsMerger();
    expect(merger.add([text('The ')])).toBe('The ');
    expect(merger.add([text('user ')])).toBe('user ');
    expect(merger.add([text('asks')])).toBe('asks');
    expect(merger.toJSON()).toEqual([text('The user asks')]);
  });

  it('detects cumulative text and reports only the new suffix', () => {
    const merger = new ReasoningDetailsMerger();
    expect(merger.add([text('The user')])).toBe('The user');
    expect(merger.add([text('The user asks')])).toBe(' asks');
    expect(merger.toJSON()[0]?.text).toBe('The user asks');
  });

  it('keeps a signature that arrives on a later entry (Anthropic via gateways)', () => {
    const merger = new ReasoningDetailsMerger();
    merger.add([
      {
        type: 'reasoning.text',
        text: 'Let me think',
        signature: '',
        format: 'anthropic-claude-v1',
        index: 0,
      },
    ]);
    expect(merger.add([{ type: 'reasoning.text', text: '', signature: 'sig-123', index: 0 }])).toBe(
      '',
    );
    expect(merger.toJSON()).toEqual([
      {
        type: 'reasoning.text',
        text: 'Let me think',
        signature: 'sig-123',
        format: 'anthropic-claude-v1',
        index: 0,
      },
    ]);
  });

  it('keeps encrypted entries whole and yields no text for them', () => {
    const merger = new ReasoningDetailsMerger();
    expect(
      merger.add([
        { type: 'reasoning.encrypted', data: 'abc', format: 'google-gemini-v1', index: 0 },
      ]),
    ).toBe('');
    expect(merger.toJSON()).toEqual([
      { type: 'reasoning.encrypted', data: 'abc', format: 'google-gemini-v1', index: 0 },
    ]);
  });

  it('ignores malformed entries', () => {
    const merger = new ReasoningDetailsMerger();
    expect(merger.add([null, 'x', 3, []])).toBe('');
    expect(merger.isEmpty).toBe(true);
  });
});
