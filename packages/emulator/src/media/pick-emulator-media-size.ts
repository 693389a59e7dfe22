/**
 * Picks the pixel size of an emulated image or video: the requested `WxH` or aspect ratio, scaled
 * down so the longer side is at most `longSide` (tests stay fast), rounded to `multiple`
 * (16 for H.264 macroblocks).
 */
export function pickEmulatorMediaSize(input: {
  size?: unknown;
  aspectRatio?: unknown;
  longSide: number;
  multiple: number;
  fallback: { width: number; height: number };
}): { width: number; height: number } {
  let ratio: number | undefined;
  let requested: { width: number; height: number } | undefined;
  if (typeof input.size === 'string') {
    const match = /^(\d+)\s*[x*×]\s*(\d+)$/i.exec(input.size.trim());
    if (match) {
      requested = { width: Number(match[1]), height: Number(match[2]) };
      ratio = requested.width / requested.height;
    }
  }
  if (ratio == null && typeof input.aspectRatio === 'string') {
    const match = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(input.aspectRatio.trim());
    if (match) ratio = Number(match[1]) / Number(match[2]);
  }
  if (ratio == null || !Number.isFinite(ratio) || ratio <= 0) return input.fallback;

  const round = (value: number) =>
    Math.max(input.multiple, Math.round(value / input.multiple) * input.multiple);
  if (requested != null && Math.max(requested.width, requested.height) <= input.longSide) {
    return { width: round(requested.width), height: round(requested.height) };
  }
  return ratio >= 1
    ? { width: round(input.longSide), height: round(input.longSide / ratio) }
    : { width: round(input.longSide * ratio), height: round(input.longSide) };
}
