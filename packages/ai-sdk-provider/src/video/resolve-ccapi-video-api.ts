/** The CCAPI route family a video model id uses. */
export type CCAPIVideoApi = 'generations' | 'kling';

/**
 * Kling ids (`kling-v2-1`, `kuaishou/kling-3.0`) go to Kling's own routes, which take Kling's
 * native fields (`image_tail`, `cfg_scale`, `camera_control`); every other id goes to the generic
 * `/v1/video/generations` task route, where CCAPI picks the vendor from the id.
 */
export function resolveCCAPIVideoApi(modelId: string): CCAPIVideoApi {
  return /(^|\/)kling[-_.]/i.test(modelId) ? 'kling' : 'generations';
}
