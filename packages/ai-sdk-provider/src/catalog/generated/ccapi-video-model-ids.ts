// Generated from catalog/ccapi-catalog-snapshot.json (seeded from documentation on 2026-12-03)
// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it
// from the live API with `pnpm catalog:update`.

/**
 * Video model ids in CCAPI’s catalog, for `ccapi.videoModel(id)`.
 * For autocomplete only: any other id is accepted and sent unchanged.
 */
export type CCAPIVideoModelId =
  | 'bytedance/seedance-2'
  | 'bytedance/seedance-2.0'
  | 'doubao-seedance-1-0-pro-250528'
  | 'google/veo-3.1'
  | 'grok/video'
  | 'kling-v1-6'
  | 'kling-v2-1'
  | 'kling-v2-1-master'
  | 'kling-v2-master'
  | 'kuaishou/kling-3.0'
  | 'kuaishou/kling-3.0-pro'
  | 'kuaishou/kling-3.0-standard'
  | 'midjourney/video'
  | 'openai/sora-2'
  | 'openai/sora-2-pro'
  | 'sora-2'
  | 'sora-2-pro'
  | 'veo-3.1'
  | 'vidu2.0'
  | 'viduq1'
  | (string & {});
