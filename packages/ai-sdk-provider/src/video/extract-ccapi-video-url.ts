import { asRecord, isRecord } from '../utils/json-record';

/**
 * The download URL of a finished video task, from whichever shape the poll answered with:
 *
 * 1. the OpenAI video object: `metadata.url`, `metadata.video_url`;
 * 2. the Gemini/Vertex live poll and some adaptors: `url`, `video_url`;
 * 3. new-api's TaskDto: `result_url`;
 * 4. Kling's native body: `task_result.videos[0].url`, also nested in TaskDto `data.data`;
 * 5. raw vendor payloads in TaskDto `data`: `video_url`, `url`, `content.video_url` (Seedance),
 *    `videoUrl` / `videoUrls[0].url` (Midjourney video).
 *
 * Returns `undefined` when there is none; the caller then uses the content proxy.
 */
export function extractCCAPIVideoUrl(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const metadata = asRecord(raw.metadata);
  const data = asRecord(raw.data);
  const innerData = asRecord(data?.data);
  return firstUrl(
    metadata?.url,
    metadata?.video_url,
    raw.url,
    raw.video_url,
    raw.result_url,
    klingVideoUrl(raw),
    klingVideoUrl(data),
    klingVideoUrl(innerData),
    data?.video_url,
    data?.url,
    asRecord(data?.content)?.video_url,
    raw.videoUrl,
    firstArrayUrl(raw.videoUrls),
  );
}

function klingVideoUrl(value: Record<string, unknown> | undefined): unknown {
  const videos = asRecord(value?.task_result)?.videos;
  return firstArrayUrl(videos);
}

function firstArrayUrl(value: unknown): unknown {
  return Array.isArray(value) ? asRecord(value[0])?.url : undefined;
}

function firstUrl(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && /^(https?:|data:)/i.test(candidate.trim())) {
      return candidate.trim();
    }
  }
  return undefined;
}
