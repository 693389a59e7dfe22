/** A non-empty trimmed string, or undefined (`null` and `""` mean absent in music answers). */
export function readMusicText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

/** A finite number, also from a numeric string (`"12.5"`), or undefined. */
export function readMusicNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/**
 * A timestamp as ISO 8601: strings are kept as sent, numbers are read as Unix seconds
 * (or milliseconds when they are that large).
 */
export function readMusicTimestamp(value: unknown): string | undefined {
  const text = readMusicText(value);
  if (text != null) return text;
  const number = readMusicNumber(value);
  if (number == null || number <= 0) return undefined;
  const date = new Date(number > 1e12 ? number : number * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
