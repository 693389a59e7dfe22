import type { SharedV4Warning } from '@ai-sdk/provider';
import type { SharedV3Warning } from '@ai-sdk/provider-v3';
import { describe, expectTypeOf, it } from 'vitest';
import type { CCAPIWarning } from './ccapi-warning';

// Type-level: checked by `pnpm type-check` (tsc covers the test files).
describe('CCAPIWarning', () => {
  it('is usable where an AI SDK 7 app or an AI SDK 6 app expects a warning', () => {
    expectTypeOf<CCAPIWarning>().toExtend<SharedV4Warning>();
    expectTypeOf<CCAPIWarning>().toExtend<SharedV3Warning>();
  });

  it('has exactly the kinds AI SDK 6 has, so none is lost either way', () => {
    expectTypeOf<SharedV3Warning>().toExtend<CCAPIWarning>();
    expectTypeOf<CCAPIWarning['type']>().toEqualTypeOf<SharedV3Warning['type']>();
  });

  it('leaves out AI SDK 7’s `deprecated`, which an AI SDK 6 app could not take', () => {
    expectTypeOf<SharedV4Warning>().not.toExtend<CCAPIWarning>();
    expectTypeOf<Extract<SharedV4Warning, { type: 'deprecated' }>>().not.toExtend<CCAPIWarning>();
  });
});
