import { describe, expect, it } from 'vitest';
import { convertCCAPITranscriptionResponse } from './convert-ccapi-transcription-response';

describe('convertCCAPITranscriptionResponse', () => {
  it('maps verbose_json: trimmed segments, words, ISO language, duration and usage', () => {
    expect(
      convertCCAPITranscriptionResponse(
        {
          kind: 'json',
          value: {
            text: ' Hi there. Bye. ',
            language: 'english',
            duration: 3.5,
            segments: [
              { text: ' Hi there.', start: 0, end: 2 },
              { text: ' Bye.', start: 2, end: 3.5 },
              { text: 'no timing' },
            ],
            words: [{ word: 'Hi', start: 0, end: 0.5 }],
            usage: { type: 'duration', seconds: 4 },
          },
        },
        { task: 'transcribe', responseFormat: 'verbose_json' },
      ),
    ).toEqual({
      text: 'Hi there. Bye.',
      segments: [
        { text: 'Hi there.', startSecond: 0, endSecond: 2 },
        { text: 'Bye.', startSecond: 2, endSecond: 3.5 },
      ],
      words: [{ text: 'Hi', startSecond: 0, endSecond: 0.5 }],
      language: 'en',
      durationInSeconds: 3.5,
      usage: { type: 'duration', seconds: 4 },
    });
  });

  it('uses words as segments when only words came back, and a string duration', () => {
    const result = convertCCAPITranscriptionResponse(
      {
        kind: 'json',
        value: { text: 'Hi', duration: '1.25', words: [{ word: 'Hi', start: 0, end: 1 }] },
      },
      { task: 'transcribe', responseFormat: 'verbose_json' },
    );
    expect(result.segments).toEqual([{ text: 'Hi', startSecond: 0, endSecond: 1 }]);
    expect(result.durationInSeconds).toBe(1.25);
  });

  it('reads the duration of a json answer from duration-billed usage', () => {
    const result = convertCCAPITranscriptionResponse(
      { kind: 'json', value: { text: 'Hi', usage: { type: 'duration', seconds: 7 } } },
      { task: 'transcribe', responseFormat: 'json' },
    );
    expect(result).toMatchObject({
      text: 'Hi',
      segments: [],
      durationInSeconds: 7,
      language: undefined,
    });
  });

  it('turns subtitles into segments and plain text into text', () => {
    expect(
      convertCCAPITranscriptionResponse(
        {
          kind: 'text',
          text: 'WEBVTT\n\n00:00.000 --> 00:01.000\nOne.\n\n00:01.000 --> 00:02.000\nTwo.\n',
        },
        { task: 'translate', responseFormat: 'vtt' },
      ),
    ).toEqual({
      text: 'One. Two.',
      segments: [
        { text: 'One.', startSecond: 0, endSecond: 1 },
        { text: 'Two.', startSecond: 1, endSecond: 2 },
      ],
      language: 'en',
      durationInSeconds: undefined,
    });
    expect(
      convertCCAPITranscriptionResponse(
        { kind: 'text', text: 'Plain words.\n' },
        { task: 'transcribe', responseFormat: 'text' },
      ),
    ).toEqual({
      text: 'Plain words.',
      segments: [],
      language: undefined,
      durationInSeconds: undefined,
    });
  });
});
