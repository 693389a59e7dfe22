import { describe, expect, it } from 'vitest';
import { parseCCAPITaskProgress } from './parse-ccapi-task-progress';

describe('parseCCAPITaskProgress', () => {
  it('reads percent strings (TaskDto, Midjourney) and integers (OpenAI video object)', () => {
    expect(parseCCAPITaskProgress('30%')).toBe(30);
    expect(parseCCAPITaskProgress(' 12.5 % ')).toBe(12.5);
    expect(parseCCAPITaskProgress('100')).toBe(100);
    expect(parseCCAPITaskProgress(45)).toBe(45);
  });

  it('clamps to 0–100', () => {
    expect(parseCCAPITaskProgress(140)).toBe(100);
    expect(parseCCAPITaskProgress(-3)).toBe(0);
  });

  it('returns undefined when nothing usable was reported', () => {
    for (const value of ['', 'n/a', null, undefined, Number.NaN, {}, '30%%']) {
      expect(parseCCAPITaskProgress(value)).toBeUndefined();
    }
  });
});
