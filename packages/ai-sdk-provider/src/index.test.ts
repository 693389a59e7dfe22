import { describe, expect, it } from 'vitest';
import * as publicApi from './index';
import * as internalApi from './internal/index';

// Changes to the public surface show up in this diff.
describe('public exports', () => {
  it('index', () => {
    expect(Object.keys(publicApi).sort()).toMatchInlineSnapshot(`
      [
        "CCAPIClaudeThinkingToolLoopError",
        "CCAPIImageModel",
        "CCAPITaskError",
        "CCAPITaskFailedError",
        "CCAPITaskPollError",
        "CCAPITaskTimeoutError",
        "CCAPIVideoModel",
        "CCAPI_DEFAULT_BASE_URL",
        "CCAPI_DEFAULT_ROUTES",
        "CCAPI_ROUTES",
        "VERSION",
        "ccapi",
        "createCCAPI",
      ]
    `);
  });
  it('internal', () => {
    expect(Object.keys(internalApi).sort()).toMatchInlineSnapshot(`
      [
        "CCAPIChatLanguageModel",
        "CCAPIEmbeddingModel",
        "CCAPISpeechModel",
        "CCAPITranscriptionModel",
        "convertCCAPIChatUsage",
        "convertToCCAPIChatMessages",
        "createCCAPIAPICallError",
        "createCCAPICompletionLanguageModel",
        "createCCAPIGeminiLanguageModel",
        "createCCAPIMessagesLanguageModel",
        "createCCAPIModeration",
        "createCCAPIResponsesLanguageModel",
        "detectCCAPIBrand",
        "mapCCAPIFinishReason",
        "normalizeModelId",
        "resolveCCAPIBrandAdapter",
        "resolveCCAPIRoute",
        "validateCCAPIRoutes",
      ]
    `);
  });
});
