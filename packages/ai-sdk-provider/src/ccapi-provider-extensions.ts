import type { CCAPIBalance, CCAPIBalanceOptions } from './balance/ccapi-balance';
import type { CCAPIModels } from './catalog/ccapi-models';
import type { CCAPIRealtimeModelId } from './catalog/generated/ccapi-realtime-model-ids';
import type { CCAPIModerationOptions } from './moderation/ccapi-moderation-options';
import type { CCAPIModerationResult } from './moderation/ccapi-moderation-result';
import type { CCAPIMusicClient } from './music/ccapi-music-client';
import type { CCAPIMusicModel } from './music/ccapi-music-model';
import type { CCAPIMusicModelId } from './music/ccapi-music-model-id';
import type {
  CCAPIRealtimeModel,
  CCAPIRealtimeModelSettings,
} from './realtime/ccapi-realtime-model';

/**
 * The provider's CCAPI methods that are not AI SDK model factories. They do not depend on the AI
 * SDK spec version, so the AI SDK 6 provider (`@ccapi/ai-sdk-provider/ai-sdk-6`) has them too,
 * unchanged. A new method is declared here and listed in `extensionMethods` below.
 */
export interface CCAPIProviderExtensions {
  /** Moderation (`POST /v1/moderations`): typed categories and scores. */
  moderate(options: CCAPIModerationOptions): Promise<CCAPIModerationResult>;
  /** The model catalog (`GET /v1/models`): `list()` and `get(id)`. */
  readonly models: CCAPIModels;
  /** The key's quota, spend and expiry in USD (new-api's billing routes). */
  balance(options?: CCAPIBalanceOptions): Promise<CCAPIBalance>;
  /**
   * A music model for `generateMusic`, `startMusic`, `getMusicStatus`, `generateLyrics` and
   * `upsampleMusicTags`: `'suno'` or `'producer'` (`/{platform}/submit/{ACTION}`).
   */
  musicModel(modelId: CCAPIMusicModelId): CCAPIMusicModel;
  /** Any music action (`ccapi.music.submit(platform, action, body)`), for tokens without a typed function. */
  music: CCAPIMusicClient;
  /**
   * A realtime (voice) model over `wss://…/v1/realtime?model=…` for the AI SDK 7 experimental
   * realtime sessions, plus server-side `connect()` and `relay()` (which work with any AI SDK).
   * CCAPI's realtime support is unconfirmed: see https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/realtime.md.
   */
  realtimeModel(
    modelId: CCAPIRealtimeModelId,
    settings?: CCAPIRealtimeModelSettings,
  ): CCAPIRealtimeModel;
}

// Typed with every key, so a method declared above and not listed here does not compile.
const extensionMethods: Record<keyof CCAPIProviderExtensions, true> = {
  moderate: true,
  models: true,
  balance: true,
  musicModel: true,
  music: true,
  realtimeModel: true,
};

/** The names of the `CCAPIProviderExtensions` methods, which the AI SDK 6 provider copies. */
export const CCAPI_PROVIDER_EXTENSION_METHODS = Object.keys(extensionMethods) as ReadonlyArray<
  keyof CCAPIProviderExtensions
>;
