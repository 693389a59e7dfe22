import type { CCAPITaskStatus } from './ccapi-task-status';

/** What `onProgress` receives after every poll of a task. */
export interface CCAPITaskProgressEvent {
  taskId: string;
  status: CCAPITaskStatus;
  /** The status word as the server wrote it, e.g. `IN_PROGRESS`. */
  rawStatus: string | undefined;
  /** The server's percentage (0–100), when it reports one. */
  progress: number | undefined;
  /** 1 for the first poll. */
  pollCount: number;
  /** Time since polling started, in ms. */
  elapsedMs: number;
}

export type CCAPITaskProgressListener = (event: CCAPITaskProgressEvent) => void | Promise<void>;
