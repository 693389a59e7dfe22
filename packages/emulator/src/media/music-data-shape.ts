import type { IncomingMessage } from 'node:http';

/**
 * Which of CCAPI's documented music answers the emulator sends (the wire shapes a client must
 * read, listed in docs/music.md):
 *
 * - `classic`: TaskDto whose `data` is new-api's Suno clip array (`id`, `status:
 *   submitted|streaming|complete|error`, `audio_url`, `metadata.tags`, …). Suno's default.
 * - `camel`: TaskDto whose `data` is sunoapi.org's camelCase array (`audioUrl`,
 *   `streamAudioUrl`, `imageUrl`, `modelName`, `createTime`).
 * - `musicapi`: TaskDto whose `data` is MusicAPI's clips (`clip_id`, `state:
 *   pending|running|succeeded`, `lyrics`, `mv`).
 * - `producer`: TaskDto whose `data` is the Producer running object `{progress, status,
 *   task_id: <upstream UUID>}`, then `{clips: [...], progress, quota}`. Producer's default.
 * - `site-a`: no TaskDto: site A's camelCase item (`taskId`, `status: PENDING|TEXT_SUCCESS|
 *   SUCCESS|GENERATE_AUDIO_FAILED`, `audioUrl`, `stems`, `alignedLyrics`, `errorMessage`) in a
 *   numeric-code envelope, one per-item envelope per task on the batch route.
 */
export type EmulatorMusicDataShape = 'classic' | 'camel' | 'musicapi' | 'producer' | 'site-a';

export const EMULATOR_MUSIC_DATA_SHAPES: readonly EmulatorMusicDataShape[] = [
  'classic',
  'camel',
  'musicapi',
  'producer',
  'site-a',
];

/**
 * Chooses the shape per request: `x-emulator-music-shape: <shape>` on a submit fixes it for that
 * task, on a fetch for that answer.
 */
export const MUSIC_SHAPE_HEADER = 'x-emulator-music-shape';

export function isEmulatorMusicDataShape(value: unknown): value is EmulatorMusicDataShape {
  return (EMULATOR_MUSIC_DATA_SHAPES as readonly unknown[]).includes(value);
}

/** The shape a request asks for with `MUSIC_SHAPE_HEADER`, if any. */
export function readMusicShapeHeader(req: IncomingMessage): EmulatorMusicDataShape | undefined {
  const header = req.headers[MUSIC_SHAPE_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  return isEmulatorMusicDataShape(value) ? value : undefined;
}
