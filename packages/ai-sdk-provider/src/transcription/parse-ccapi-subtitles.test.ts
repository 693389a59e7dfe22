import { describe, expect, it } from 'vitest';
import { parseCCAPISubtitles } from './parse-ccapi-subtitles';

describe('parseCCAPISubtitles', () => {
  it('parses SRT cues with comma milliseconds and multi-line text', () => {
    const srt =
      '1\n00:00:00,000 --> 00:00:02,500\nHello there.\n\n2\n00:00:02,500 --> 00:01:03,040\nSecond line\nwraps here.\n';
    expect(parseCCAPISubtitles(srt)).toEqual([
      { text: 'Hello there.', startSecond: 0, endSecond: 2.5 },
      { text: 'Second line wraps here.', startSecond: 2.5, endSecond: 63.04 },
    ]);
  });

  it('parses WebVTT with CRLF, hour-less timings, cue ids, settings and NOTE blocks', () => {
    const vtt =
      'WEBVTT\r\n\r\nNOTE generated\r\n\r\nintro\r\n00:01.200 --> 00:03.000 align:start\r\nFirst.\r\n\r\n01:00:00.000 --> 01:00:01.5\r\nLast.\r\n';
    expect(parseCCAPISubtitles(vtt)).toEqual([
      { text: 'First.', startSecond: 1.2, endSecond: 3 },
      { text: 'Last.', startSecond: 3600, endSecond: 3601.5 },
    ]);
  });

  it('returns no cues for plain text', () => {
    expect(parseCCAPISubtitles('Just a transcript.')).toEqual([]);
  });
});
