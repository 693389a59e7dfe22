import type {
  JSONValue,
  SharedV4ProviderMetadata,
  SharedV4ProviderOptions,
  SharedV4Warning,
} from '@ai-sdk/provider';
import type {
  JSONValue as JSONValueV3,
  SharedV3ProviderMetadata,
  SharedV3ProviderOptions,
  SharedV3Warning,
} from '@ai-sdk/provider-v3';
import { describe, expectTypeOf, it } from 'vitest';
import type { CCAPIMusicStatus, CCAPIMusicTaskResult } from './ccapi-music-status';
import type { CCAPIMusicTrack } from './ccapi-music-track';
import type { CCAPIGenerateLyricsOptions } from './generate-lyrics';
import type { CCAPIGenerateMusicOptions, CCAPIGenerateMusicResult } from './generate-music';
import type { CCAPIStartMusicOptions, CCAPIStartMusicResult } from './start-music';
import type { CCAPIUpsampleMusicTagsOptions } from './upsample-music-tags';

// Music has CCAPI's own types (no AI SDK spec has music), shaped so apps on either SDK can hand
// them to AI SDK code and pass their AI SDK values in. Checked by `pnpm type-check`.
type Result = CCAPIGenerateMusicResult<never> | CCAPIStartMusicResult | CCAPIMusicTaskResult<never>;

describe('music results in an AI SDK 7 app and an AI SDK 6 app', () => {
  it('warnings are the apps’ warnings', () => {
    expectTypeOf<Result['warnings']>().toExtend<SharedV4Warning[]>();
    expectTypeOf<Result['warnings']>().toExtend<SharedV3Warning[]>();
  });

  it('provider metadata is the apps’ provider metadata, on results and statuses', () => {
    expectTypeOf<Result['providerMetadata']>().toExtend<SharedV4ProviderMetadata>();
    expectTypeOf<Result['providerMetadata']>().toExtend<SharedV3ProviderMetadata>();
    expectTypeOf<
      CCAPIMusicStatus<never>['providerMetadata']
    >().toExtend<SharedV3ProviderMetadata>();
  });

  it('a track’s raw clip is JSON to both', () => {
    expectTypeOf<CCAPIMusicTrack['raw']>().toExtend<JSONValue>();
    expectTypeOf<CCAPIMusicTrack['raw']>().toExtend<JSONValueV3>();
  });
});

describe('music options take the apps’ provider options', () => {
  it('from AI SDK 7 and AI SDK 6, in every function', () => {
    type Given = SharedV4ProviderOptions | SharedV3ProviderOptions;
    expectTypeOf<Given>().toExtend<CCAPIGenerateMusicOptions['providerOptions']>();
    expectTypeOf<Given>().toExtend<CCAPIStartMusicOptions['providerOptions']>();
    expectTypeOf<Given>().toExtend<CCAPIGenerateLyricsOptions['providerOptions']>();
    expectTypeOf<Given>().toExtend<CCAPIUpsampleMusicTagsOptions['providerOptions']>();
  });
});
