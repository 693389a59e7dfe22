import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';

/** The file shape shared by `ImageModelV4File` and `VideoModelV4File`. */
export type CCAPIMediaFile =
  | { type: 'file'; mediaType: string; data: string | Uint8Array }
  | { type: 'url'; url: string; mediaType?: string };

/** The file's bytes as base64 (no `data:` prefix); `undefined` for a URL file. */
export function toCCAPIBase64(file: CCAPIMediaFile): string | undefined {
  if (file.type === 'url') return undefined;
  return typeof file.data === 'string'
    ? stripDataUrl(file.data)
    : convertUint8ArrayToBase64(file.data);
}

/** The file as routes that take "a URL or a data URL" want it (new-api's `image`, Midjourney). */
export function toCCAPIUrlOrDataUrl(file: CCAPIMediaFile): string {
  if (file.type === 'url') return file.url;
  return `data:${file.mediaType};base64,${toCCAPIBase64(file)}`;
}

/** The file as Kling wants it: a URL, or bare base64 (Kling rejects a `data:` prefix). */
export function toCCAPIUrlOrBase64(file: CCAPIMediaFile): string {
  return file.type === 'url' ? file.url : (toCCAPIBase64(file) as string);
}

function stripDataUrl(data: string): string {
  const comma = data.startsWith('data:') ? data.indexOf(',') : -1;
  return comma === -1 ? data : data.slice(comma + 1);
}
