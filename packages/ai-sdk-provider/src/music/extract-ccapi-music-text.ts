import { isRecord } from '../utils/json-record';
import type { CCAPIMusicLyrics } from './ccapi-music-status';
import { readMusicText } from './read-ccapi-music-value';

/**
 * The lyrics of a `LYRICS` task's result: new-api's object `{id, text, title, status}`,
 * MusicAPI's `{code, results: [{title, lyrics}]}`, an array of such objects, site A's item
 * (`lyrics`), or a bare string.
 */
export function extractCCAPIMusicLyrics(data: unknown): CCAPIMusicLyrics[] {
  if (typeof data === 'string') {
    return readMusicText(data) != null ? [{ title: undefined, text: data }] : [];
  }
  if (Array.isArray(data)) return data.flatMap(extractCCAPIMusicLyrics);
  if (!isRecord(data)) return [];
  if (Array.isArray(data.results)) return data.results.flatMap(extractCCAPIMusicLyrics);
  const text = readMusicText(data.text) ?? readMusicText(data.lyrics);
  return text != null ? [{ title: readMusicText(data.title), text }] : [];
}

/**
 * The result of an `UPSAMPLE_TAGS` task: Suno's `{upsampled_tags, request_id}`, a camelCase
 * `upsampledTags`, a plain `tags` field (site A's item), or a bare string.
 */
export function extractCCAPIMusicTags(data: unknown): string | undefined {
  if (typeof data === 'string') return readMusicText(data);
  if (Array.isArray(data)) return data.map(extractCCAPIMusicTags).find((tags) => tags != null);
  if (!isRecord(data)) return undefined;
  return (
    readMusicText(data.upsampled_tags) ??
    readMusicText(data.upsampledTags) ??
    readMusicText(data.tags)
  );
}
