/** The CCAPI route family an image model id uses. */
export type CCAPIImageApi = 'gemini' | 'images' | 'jimeng' | 'midjourney';

/**
 * Picks the route from the model id: nano banana and Gemini image ids go Gemini-native,
 * `jimeng…` to the Jimeng task route, Midjourney/Niji ids to Midjourney imagine, and every other
 * id to pay-per-image `POST /v1/images/generations`. `providerOptions.ccapi.api` overrides it.
 */
export function resolveCCAPIImageApi(modelId: string): CCAPIImageApi {
  const id = modelId.toLowerCase();
  if (/(^|\/)nano-banana/.test(id) || /(^|\/)gemini-[^/]*image/.test(id)) return 'gemini';
  if (/(^|\/)jimeng/.test(id)) return 'jimeng';
  if (/(^|\/)(midjourney|niji|mj)([-_/.]|$)/.test(id)) return 'midjourney';
  return 'images';
}
