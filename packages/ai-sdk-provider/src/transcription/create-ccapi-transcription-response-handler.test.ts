import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { CCAPITranscriptionResponseFormat } from './ccapi-transcription-model-options';
import { createCCAPITranscriptionResponseHandler } from './create-ccapi-transcription-response-handler';

async function handle(
  responseFormat: CCAPITranscriptionResponseFormat,
  body: string,
  contentType: string,
) {
  return await createCCAPITranscriptionResponseHandler({
    responseFormat,
    modelId: 'whisper-1',
  })({
    url: 'https://api.ccapi.ai/v1/audio/transcriptions',
    requestBodyValues: {},
    response: new Response(body, { headers: { 'content-type': contentType } }),
  });
}

describe('createCCAPITranscriptionResponseHandler', () => {
  it('validates JSON answers', async () => {
    const { value, rawValue } = await handle(
      'verbose_json',
      '{"text":"hi","duration":1}',
      'application/json',
    );
    expect(value).toEqual({ kind: 'json', value: { text: 'hi', duration: 1 } });
    expect(rawValue).toEqual({ text: 'hi', duration: 1 });
  });

  it('reads unlabelled JSON when JSON was asked for, and text otherwise', async () => {
    expect((await handle('json', '{"text":"hi"}', 'text/plain')).value).toEqual({
      kind: 'json',
      value: { text: 'hi' },
    });
    expect((await handle('text', '{not json but words}', 'text/plain')).value).toEqual({
      kind: 'text',
      text: '{not json but words}',
    });
    expect((await handle('verbose_json', 'plain words', 'text/plain')).value).toEqual({
      kind: 'text',
      text: 'plain words',
    });
  });

  it('turns a status-200 error body into an APICallError', async () => {
    const error = await handle(
      'json',
      `{"error":{"message":"bad audio ","type":"upstream_error","code":"invalid_audio"}}`,
      'application/json',
    ).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('bad audio');
  });

  it('rejects JSON without text and JSON that does not parse', async () => {
    await expect(handle('json', '{"segments":[]}', 'application/json')).rejects.toThrow(
      /no 'text' field/,
    );
    await expect(handle('json', '{"text":', 'application/json')).rejects.toThrow(/does not parse/);
  });
});
