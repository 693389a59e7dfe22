export interface CCAPISubtitleCue {
  text: string;
  startSecond: number;
  endSecond: number;
}

const TIMING =
  /(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s*-->\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})/;

/**
 * Parses SRT or WebVTT subtitles (what `response_format: "srt" | "vtt"` returns) into cues.
 * Cue numbers, `WEBVTT` headers, `NOTE`/`STYLE` blocks and cue settings are skipped; multi-line
 * cue text is joined with spaces.
 */
export function parseCCAPISubtitles(subtitles: string): CCAPISubtitleCue[] {
  const cues: CCAPISubtitleCue[] = [];
  const blocks = subtitles.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const timingIndex = lines.findIndex((line) => TIMING.test(line));
    if (timingIndex === -1) continue;
    const match = TIMING.exec(lines[timingIndex] as string) as RegExpExecArray;
    const text = lines
      .slice(timingIndex + 1)
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join(' ');
    if (text.length === 0) continue;
    cues.push({
      text,
      startSecond: toSeconds(match[1], match[2], match[3], match[4]),
      endSecond: toSeconds(match[5], match[6], match[7], match[8]),
    });
  }
  return cues;
}

function toSeconds(
  hours: string | undefined,
  minutes: string | undefined,
  seconds: string | undefined,
  fraction: string | undefined,
): number {
  const milliseconds = Number((fraction ?? '0').padEnd(3, '0'));
  return (
    Number(hours ?? 0) * 3600 +
    Number(minutes ?? 0) * 60 +
    Number(seconds ?? 0) +
    milliseconds / 1000
  );
}
