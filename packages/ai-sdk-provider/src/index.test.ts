import { describe, expect, it } from 'vitest';
import * as aiSdk6Api from './ai-sdk-6/index';
import * as publicApi from './index';

// Changes to the public surface show up in this diff.
describe('public exports', () => {
  it('index', () => {
    expect(Object.keys(publicApi).sort()).toMatchInlineSnapshot(`
      [
        "CCAPIClaudeThinkingToolLoopError",
        "CCAPIImageModel",
        "CCAPIMusicModel",
        "CCAPIMusicNoResultError",
        "CCAPIRealtimeError",
        "CCAPIRealtimeModel",
        "CCAPITaskError",
        "CCAPITaskFailedError",
        "CCAPITaskPollError",
        "CCAPITaskTimeoutError",
        "CCAPIVideoModel",
        "CCAPI_DEFAULT_BASE_URL",
        "CCAPI_DEFAULT_ROUTES",
        "CCAPI_MODEL_TYPES",
        "CCAPI_MUSIC_ACTIONS",
        "CCAPI_ROUTES",
        "CCAPI_ROUTING_MODES",
        "VERSION",
        "ccapi",
        "createCCAPI",
        "generateLyrics",
        "generateMusic",
        "getMusicStatus",
        "startMusic",
        "upsampleMusicTags",
      ]
    `);
  });
  it('ai-sdk-6 has every value export of the main entry but the AI SDK 7 model classes', () => {
    const aiSdk7Only = ['CCAPIImageModel', 'CCAPIVideoModel'];
    expect(Object.keys(aiSdk6Api).sort()).toEqual(
      Object.keys(publicApi)
        .filter((name) => !aiSdk7Only.includes(name))
        .sort(),
    );
  });
  it('ai-sdk-6', () => {
    expect(Object.keys(aiSdk6Api).sort()).toMatchInlineSnapshot(`
      [
        "CCAPIClaudeThinkingToolLoopError",
        "CCAPIMusicModel",
        "CCAPIMusicNoResultError",
        "CCAPIRealtimeError",
        "CCAPIRealtimeModel",
        "CCAPITaskError",
        "CCAPITaskFailedError",
        "CCAPITaskPollError",
        "CCAPITaskTimeoutError",
        "CCAPI_DEFAULT_BASE_URL",
        "CCAPI_DEFAULT_ROUTES",
        "CCAPI_MODEL_TYPES",
        "CCAPI_MUSIC_ACTIONS",
        "CCAPI_ROUTES",
        "CCAPI_ROUTING_MODES",
        "VERSION",
        "ccapi",
        "createCCAPI",
        "generateLyrics",
        "generateMusic",
        "getMusicStatus",
        "startMusic",
        "upsampleMusicTags",
      ]
    `);
  });
});
