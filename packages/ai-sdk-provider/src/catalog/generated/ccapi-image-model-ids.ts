// Generated from catalog/ccapi-catalog-snapshot.json (seeded from documentation on 2026-12-03)
// by `pnpm catalog:generate`. Do not edit: change the snapshot and regenerate, or refresh it
// from the live API with `pnpm catalog:update`.

/**
 * Image model ids in CCAPI’s catalog, for `ccapi.imageModel(id)`.
 * For autocomplete only: any other id is accepted and sent unchanged.
 */
export type CCAPIImageModelId =
  | 'dall-e-3'
  | 'gemini-2.5-flash-image'
  | 'gemini-3-pro-image-preview'
  | 'google/nano-banana'
  | 'google/nano-banana-pro'
  | 'gpt-image-1'
  | 'imagen-4.0-generate-001'
  | 'imaginepro/nano-banana'
  | 'jimeng_high_aes_general_v21_L'
  | 'jimeng_t2i_v31'
  | 'jimeng_t2i_v40'
  | 'midjourney'
  | 'nano-banana'
  | 'nano-banana-pro'
  | 'niji-journey'
  | 'seedream-4.0'
  | 'stabilityai/stable-diffusion-xl-1024-v1-0'
  | 'z-image-turbo'
  | (string & {});
