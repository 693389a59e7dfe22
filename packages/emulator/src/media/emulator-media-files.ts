import type { EmulatorRoute, EmulatorState } from '../emulator-types';
import { sendBytes, sendJson } from '../http/send-response';

/**
 * Files the emulator "hosts" like an upstream CDN: generated images and videos, reachable
 * without auth at `{origin}/emulator/files/{name}`, as task result URLs are in real life.
 */
export interface EmulatorMediaFile {
  contentType: string;
  /** Made on first download, then kept. */
  createBytes: () => Uint8Array;
  /** False while the task that makes the file is still running (404, like a CDN before upload). */
  isReady?: () => boolean;
  /** Answer 403 as an expired signed URL does (`[expired-url]`). */
  isExpired?: boolean;
}

interface StoredFile extends EmulatorMediaFile {
  bytes?: Uint8Array;
}

const STORE_KEY = 'media-files';

function getFileStore(state: EmulatorState): Map<string, StoredFile> {
  let store = state.stores.get(STORE_KEY) as Map<string, StoredFile> | undefined;
  if (store == null) {
    store = new Map();
    state.stores.set(STORE_KEY, store);
  }
  return store;
}

/** Registers a file and returns its public URL. */
export function registerEmulatorMediaFile(
  state: EmulatorState,
  name: string,
  file: EmulatorMediaFile,
): string {
  getFileStore(state).set(name, { ...file });
  return `${state.origin}/emulator/files/${encodeURIComponent(name)}`;
}

/** The bytes of a registered file, made on first use. */
export function readEmulatorMediaFile(state: EmulatorState, name: string): Uint8Array | undefined {
  const file = getFileStore(state).get(name);
  if (file == null) return undefined;
  file.bytes ??= file.createBytes();
  return file.bytes;
}

export const emulatorMediaFileRoutes: EmulatorRoute[] = [
  {
    method: 'GET',
    path: '/emulator/files/:name',
    auth: 'none',
    handle({ res, params, state }) {
      const file = getFileStore(state).get(params.name ?? '');
      if (file == null || (file.isReady != null && !file.isReady())) {
        sendJson(res, 404, {
          error: { message: 'The specified key does not exist.', code: 'NoSuchKey' },
        });
        return;
      }
      if (file.isExpired) {
        sendJson(res, 403, { error: { message: 'Request has expired', code: 'AccessDenied' } });
        return;
      }
      const bytes = readEmulatorMediaFile(state, params.name ?? '') as Uint8Array;
      sendBytes(res, 200, bytes, file.contentType, { 'cache-control': 'public, max-age=86400' });
    },
  },
];
