/**
 * Faults a test can ask the emulator for, with the header `x-emulator-fault: <name>` or a
 * model-id suffix `<model>~fault:<name>` (the suffix is stripped before the model is used).
 */
export type EmulatorFault =
  /** 429 with `Retry-After: 1` and new-api's rate-limit body. */
  | 'rate-limit'
  /** 500 with an upstream error body. */
  | 'server-error'
  /** 402 with a billing error body. */
  | 'insufficient-balance'
  /** 403 `insufficient_user_quota` (new-api's real balance error). */
  | 'insufficient-quota'
  /** 503 `model_not_found`. */
  | 'model-not-found'
  /** 401 even with a valid key. */
  | 'unauthorized'
  /** Stream a few chunks, then destroy the socket. */
  | 'drop-mid-stream'
  /** Stream a chunk whose JSON is cut off, then continue. */
  | 'malformed-chunk'
  /** Stream a few chunks, then `data: {"error":...}` and `[DONE]`. */
  | 'stream-error'
  /** Stream a few chunks, then the relay's bare `{"error":...}` line without `data:`. */
  | 'stream-error-bare'
  /** Stream a few chunks, then `[DONE]` without any finish reason. */
  | 'no-finish'
  /** Send headers and one chunk, then hold the connection open (until `stallMs` or abort). */
  | 'stall'
  /** Answer with the web UI's HTML page and status 200 (what a `//v1` path gets). */
  | 'html';

export const EMULATOR_FAULTS: readonly EmulatorFault[] = [
  'rate-limit',
  'server-error',
  'insufficient-balance',
  'insufficient-quota',
  'model-not-found',
  'unauthorized',
  'drop-mid-stream',
  'malformed-chunk',
  'stream-error',
  'stream-error-bare',
  'no-finish',
  'stall',
  'html',
];

export const FAULT_HEADER = 'x-emulator-fault';
const FAULT_SUFFIX = '~fault:';

export function isEmulatorFault(value: string): value is EmulatorFault {
  return (EMULATOR_FAULTS as readonly string[]).includes(value);
}

/** Splits `model~fault:name` into the model id and the fault. */
export function splitModelFault(model: string): {
  model: string;
  fault: EmulatorFault | undefined;
} {
  const at = model.indexOf(FAULT_SUFFIX);
  if (at === -1) return { model, fault: undefined };
  const name = model.slice(at + FAULT_SUFFIX.length);
  return { model: model.slice(0, at), fault: isEmulatorFault(name) ? name : undefined };
}
