import type { SharedV4AudioFormat } from '@ai-sdk/provider';
import { describe, expectTypeOf, it } from 'vitest';
import type { CCAPIAudioFormat } from './ccapi-audio-format';

// Type-level: checked by `pnpm type-check` (tsc covers the test files). AI SDK 6 (V3) has no
// audio format type to compare with: its speech and transcription models take MIME strings.
describe('CCAPIAudioFormat', () => {
  it('is AI SDK 7’s audio format in both directions', () => {
    expectTypeOf<CCAPIAudioFormat>().toEqualTypeOf<SharedV4AudioFormat>();
  });

  it('needs a MIME type; the rate is optional and numeric', () => {
    expectTypeOf({ type: 'audio/pcm', rate: 24_000 }).toExtend<CCAPIAudioFormat>();
    expectTypeOf({ type: 'audio/pcmu' }).toExtend<CCAPIAudioFormat>();
    expectTypeOf<{ rate: number }>().not.toExtend<CCAPIAudioFormat>();
    expectTypeOf<{ type: string; rate: string }>().not.toExtend<CCAPIAudioFormat>();
  });
});
