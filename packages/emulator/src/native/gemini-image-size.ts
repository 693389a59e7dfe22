// Emulated images are small (tests decode them); the long side is fixed, the short side follows
// the requested aspect ratio so a caller can check that `imageConfig.aspectRatio` arrived.
const LONG_SIDE = 128;

/** Pixel size for an `imageConfig.aspectRatio` such as `16:9`; square when absent or invalid. */
export function geminiImageSize(aspectRatio: string | undefined): {
  width: number;
  height: number;
} {
  const match = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(aspectRatio ?? '');
  const ratio = match ? Number(match[1]) / Number(match[2]) : 1;
  if (!Number.isFinite(ratio) || ratio <= 0) return { width: LONG_SIDE, height: LONG_SIDE };
  return ratio >= 1
    ? { width: LONG_SIDE, height: Math.max(1, Math.round(LONG_SIDE / ratio)) }
    : { width: Math.max(1, Math.round(LONG_SIDE * ratio)), height: LONG_SIDE };
}
