import { describe, expect, it } from 'vitest';
import { extractCCAPISpeechAudio } from './extract-ccapi-speech-audio';

describe('extractCCAPISpeechAudio', () => {
  it.each([
    [{ url: 'https://cdn/a.mp3' }, { type: 'url', url: 'https://cdn/a.mp3' }],
    [{ audio_url: '/files/a.mp3' }, { type: 'url', url: '/files/a.mp3' }],
    [{ audioUrl: 'https://cdn/b.mp3' }, { type: 'url', url: 'https://cdn/b.mp3' }],
    [{ data: { url: 'https://cdn/c.mp3' } }, { type: 'url', url: 'https://cdn/c.mp3' }],
    [{ data: [{ b64_json: 'AAEC' }] }, { type: 'base64', data: 'AAEC' }],
    [{ audio: 'AAEC' }, { type: 'base64', data: 'AAEC' }],
    [{ url: 'data:audio/mpeg;base64,SUQz' }, { type: 'base64', data: 'SUQz' }],
    [{ url: '', data: [] }, undefined],
    [{}, undefined],
  ])('%j → %j', (response, expected) => {
    expect(extractCCAPISpeechAudio(response)).toEqual(expected);
  });
});
