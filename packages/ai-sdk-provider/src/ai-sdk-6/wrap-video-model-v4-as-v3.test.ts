import { describe, expect, it } from 'vitest';
import type { CCAPIVideoModel } from '../video/ccapi-video-model';
import { wrapVideoModelV4AsV3 } from './wrap-video-model-v4-as-v3';

describe('wrapVideoModelV4AsV3', () => {
  it('drops an uploaded video (no V3 form) with a warning and keeps the others', async () => {
    const timestamp = new Date(0);
    const model = {
      specificationVersion: 'v4',
      provider: 'ccapi.video',
      modelId: 'kling-v2-1',
      maxVideosPerCall: 1,
      withSettings: () => model,
      async doGenerate() {
        return {
          videos: [
            { type: 'uploaded', mediaType: 'video/mp4' },
            { type: 'binary', data: Uint8Array.from([0]), mediaType: 'video/mp4' },
          ],
          warnings: [],
          providerMetadata: { ccapi: { taskId: 't1' } },
          response: { timestamp, modelId: 'kling-v2-1', headers: undefined },
        };
      },
    } as unknown as CCAPIVideoModel;
    const result = await wrapVideoModelV4AsV3(model).doGenerate({
      prompt: 'a cat',
      n: 1,
      aspectRatio: undefined,
      resolution: undefined,
      duration: undefined,
      fps: undefined,
      seed: undefined,
      image: undefined,
      frameImages: undefined,
      inputReferences: undefined,
      generateAudio: undefined,
      providerOptions: {},
    });
    expect(result).toEqual({
      videos: [{ type: 'binary', data: Uint8Array.from([0]), mediaType: 'video/mp4' }],
      warnings: [
        { type: 'other', message: expect.stringContaining("'uploaded video' part (video/mp4)") },
      ],
      providerMetadata: { ccapi: { taskId: 't1' } },
      response: { timestamp, modelId: 'kling-v2-1', headers: undefined },
    });
  });
});
