import {
  type GeminiContent,
  type GeminiRequest,
  isGemini3Model,
  readGeminiContents,
} from './gemini-request';
import { isAcceptedThoughtSignature } from './native-signatures';

export interface GeminiRejection {
  status: number;
  body: unknown;
}

/**
 * The 400s Google gives for Gemini requests, relayed by CCAPI's `/v1beta` route in new-api's
 * OpenAI-shaped envelope (`type: "upstream_error"`, numeric `code`; 2026-12-03-wire-rules.md#errors-and-stream-endings):
 * - no `contents`;
 * - a thought signature that was altered or made up ("Corrupted thought signature.");
 * - Gemini 3 only: a function call of the current turn without its thought signature. Google
 *   checks the first `functionCall` part of each model step since the last user prompt (later
 *   parallel calls carry none), with the text quoted below.
 */
export function validateGeminiRequest(
  request: GeminiRequest,
  model: string,
): GeminiRejection | undefined {
  const contents = readGeminiContents(request);
  if (contents.length === 0) {
    return reject('* GenerateContentRequest.contents: contents is not specified\n');
  }

  for (const content of contents) {
    for (const part of content.parts ?? []) {
      if (
        typeof part.thoughtSignature === 'string' &&
        !isAcceptedThoughtSignature(part.thoughtSignature)
      ) {
        return reject('Corrupted thought signature.');
      }
    }
  }

  if (isGemini3Model(model)) {
    for (const index of currentTurnModelSteps(contents)) {
      const firstCall = contents[index]?.parts?.find((part) => part.functionCall != null);
      if (firstCall != null && typeof firstCall.thoughtSignature !== 'string') {
        return reject(
          `Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call \`default_api:${firstCall.functionCall?.name ?? ''}\` , position ${index + 1}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.`,
        );
      }
    }
  }
  return undefined;
}

/** Indexes of the `model` contents after the last user content that is a prompt (not results). */
function currentTurnModelSteps(contents: GeminiContent[]): number[] {
  let start = 0;
  for (let index = contents.length - 1; index >= 0; index--) {
    const content = contents[index];
    const isPrompt =
      content?.role !== 'model' &&
      (content?.parts ?? []).some((part) => part.functionResponse == null);
    if (isPrompt) {
      start = index + 1;
      break;
    }
  }
  const steps: number[] = [];
  for (let index = start; index < contents.length; index++) {
    if (contents[index]?.role === 'model') steps.push(index);
  }
  return steps;
}

function reject(message: string): GeminiRejection {
  return {
    status: 400,
    body: { error: { message, type: 'upstream_error', param: '', code: 400 } },
  };
}
