import { splitModelFault } from '../faults/emulator-fault';

/** The request body as a record (`{}` when it is not a JSON object). */
export function readEmulatorBody(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

/** A non-empty trimmed string field, or undefined. */
export function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

/** The model id with any `~fault:<name>` suffix removed. */
export function readModel(value: unknown): string | undefined {
  const model = readString(value);
  return model == null ? undefined : splitModelFault(model).model;
}

/** Seconds from `duration` / `seconds` (number or numeric string), clamped to 1–10. */
export function readSeconds(...values: unknown[]): number | undefined {
  for (const value of values) {
    const seconds = typeof value === 'string' ? Number(value) : value;
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) {
      return Math.min(10, Math.max(1, Math.round(seconds)));
    }
  }
  return undefined;
}
