import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  prepareCCAPIMusicBody,
  prepareCCAPIMusicTextBody,
  readCCAPIMusicProviderOptions,
} from './prepare-ccapi-music-body';

const inputs = {
  prompt: 'a song about rain',
  lyrics: '[Verse] drip drop',
  title: 'Rain',
  style: 'lo-fi, chill',
  instrumental: false,
  modelVersion: 'chirp-crow',
};

function prepare(platform: string, fields: Record<string, unknown> = {}, extra = {}) {
  return prepareCCAPIMusicBody({
    platform,
    inputs: { ...inputs, ...extra },
    fields,
    functionName: 'generateMusic',
  });
}

describe('prepareCCAPIMusicBody', () => {
  it("sends the typed inputs under Suno's field names (new-api's SunoSubmitReq)", () => {
    expect(prepare('suno')).toEqual({
      body: {
        gpt_description_prompt: 'a song about rain',
        prompt: '[Verse] drip drop',
        title: 'Rain',
        tags: 'lo-fi, chill',
        make_instrumental: false,
        mv: 'chirp-crow',
      },
      warnings: [],
    });
  });

  it("sends them under Producer's documented names", () => {
    expect(prepare('producer', {}, { modelVersion: 'FUZZ-2.0' }).body).toEqual({
      prompt: 'a song about rain',
      lyrics: '[Verse] drip drop',
      title: 'Rain',
      style: 'lo-fi, chill',
      make_instrumental: false,
      mv: 'FUZZ-2.0',
    });
  });

  it('leaves out what was not given (no default model version)', () => {
    expect(
      prepareCCAPIMusicBody({
        platform: 'suno',
        inputs: { prompt: 'x' },
        fields: {},
        functionName: 'generateMusic',
      }).body,
    ).toEqual({ gpt_description_prompt: 'x' });
  });

  it('adds extend as continue_clip_id, continue_at and the source task_id', () => {
    expect(
      prepareCCAPIMusicBody({
        platform: 'suno',
        inputs: { extend: { clipId: 'clip-1', taskId: 'task_src', at: 42.5 } },
        fields: {},
        functionName: 'generateMusic',
      }).body,
    ).toEqual({ continue_clip_id: 'clip-1', continue_at: 42.5, task_id: 'task_src' });
  });

  it('refuses extend on Producer, pointing at the escape hatch', () => {
    expect(() => prepare('producer', {}, { extend: { clipId: 'c', taskId: 't' } })).toThrowError(
      /extend works on Suno only.*ccapi\.music\.submit\('producer', 'EXTEND'/,
    );
  });

  it('passes provider options through unchanged, over the typed inputs', () => {
    const { body, warnings } = prepare('suno', {
      title: 'Override',
      negative_tags: 'metal',
      some_future_field: { nested: true },
    });
    expect(body).toMatchObject({
      title: 'Override',
      negative_tags: 'metal',
      some_future_field: { nested: true },
    });
    expect(warnings).toEqual([]);
  });

  it('warns about fields of the other platform, and still sends them', () => {
    const suno = prepare('suno', { sound: 'warm', lyrics_strength: 0.7 });
    expect(suno.body).toMatchObject({ sound: 'warm', lyrics_strength: 0.7 });
    expect(suno.warnings).toEqual([
      {
        type: 'other',
        message:
          'providerOptions.ccapi.sound is a Producer field; Suno is not known to use it. It is sent unchanged.',
      },
      {
        type: 'other',
        message:
          'providerOptions.ccapi.lyrics_strength is a Producer field; Suno is not known to use it. It is sent unchanged.',
      },
    ]);
    expect(prepare('producer', { negative_tags: 'x' }).warnings).toEqual([
      {
        type: 'other',
        message:
          'providerOptions.ccapi.negative_tags is a Suno field; Producer is not known to use it. It is sent unchanged.',
      },
    ]);
  });

  it("uses Suno's names for an unknown platform, with a warning", () => {
    const { body, warnings } = prepare('udio');
    expect(body.gpt_description_prompt).toBe('a song about rain');
    expect(warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: "music platform 'udio'" }),
    ]);
  });

  it('needs something to make a song from', () => {
    expect(() =>
      prepareCCAPIMusicBody({
        platform: 'suno',
        inputs: { title: 'Only a title', instrumental: true },
        fields: {},
        functionName: 'generateMusic',
      }),
    ).toThrowError(/generateMusic needs something to make a song from/);
    // A pass-through description is enough.
    expect(
      prepareCCAPIMusicBody({
        platform: 'suno',
        inputs: {},
        fields: { gpt_description_prompt: 'x' },
        functionName: 'generateMusic',
      }).body,
    ).toEqual({ gpt_description_prompt: 'x' });
  });
});

describe('readCCAPIMusicProviderOptions', () => {
  it('splits the resume task id from the body fields', () => {
    expect(
      readCCAPIMusicProviderOptions({ ccapi: { taskId: 'task_1', seed: 3 } }, 'generateMusic'),
    ).toEqual({ fields: { seed: 3 }, resumeTaskId: 'task_1' });
    expect(readCCAPIMusicProviderOptions(undefined, 'generateMusic')).toEqual({
      fields: {},
      resumeTaskId: undefined,
    });
  });

  it('refuses polling settings and call options, saying where they go', () => {
    const read = (ccapi: unknown) => () =>
      readCCAPIMusicProviderOptions({ ccapi }, 'generateMusic');
    expect(read({ pollIntervalMs: 10 })).toThrowError(
      'providerOptions.ccapi.pollIntervalMs is a polling setting, not a body field: CCAPI would ignore it. Pass it as generateMusic({ poll: { pollIntervalMs } }), or on the model with withSettings({ pollIntervalMs }).',
    );
    expect(read({ modelVersion: 'chirp-crow' })).toThrowError(
      /providerOptions\.ccapi\.modelVersion is an option of generateMusic/,
    );
    expect(read({ taskId: '' })).toThrowError(/taskId must be the task_… id/);
    expect(read('text')).toThrowError(InvalidArgumentError);
  });
});

describe('prepareCCAPIMusicTextBody', () => {
  it('sends the one field, then the caller fields', () => {
    expect(
      prepareCCAPIMusicTextBody({
        platform: 'suno',
        action: 'UPSAMPLE_TAGS',
        field: { tags: 'jazz' },
        fields: { original_tags: 'jazz' },
        functionName: 'upsampleMusicTags',
      }),
    ).toEqual({ body: { tags: 'jazz', original_tags: 'jazz' }, warnings: [] });
  });

  it('refuses Producer, whose lyrics token is only a guess', () => {
    expect(() =>
      prepareCCAPIMusicTextBody({
        platform: 'producer',
        action: 'LYRICS',
        field: { prompt: 'x' },
        fields: {},
        functionName: 'generateLyrics',
      }),
    ).toThrowError(/generateLyrics runs on Suno \(LYRICS\) only/);
  });
});
