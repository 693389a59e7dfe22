import { describe, expect, it } from 'vitest';
import { collectReasoningDetails } from './collect-reasoning-details';

describe('collectReasoningDetails', () => {
  it('merges snapshots by type and index, the latest version winning, in first-seen order', () => {
    const early = { type: 'reasoning.text', index: 0, text: 'plan', signature: '' };
    const late = { type: 'reasoning.text', index: 0, text: 'plan', signature: 'sig' };
    const encrypted = { type: 'reasoning.encrypted', index: 1, data: 'abc' };
    expect(
      collectReasoningDetails([
        { reasoningDetails: [early] },
        {},
        { reasoningDetails: [late, encrypted] },
      ]),
    ).toEqual([late, encrypted]);
  });

  it('returns nothing when no part carried details', () => {
    expect(collectReasoningDetails([{}, { thinkBlock: '<think></think>' }])).toEqual([]);
  });
});
