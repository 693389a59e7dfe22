import { APICallError } from '@ai-sdk/provider';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';
import { asRecord } from '../utils/json-record';

export interface CCAPIMusicRequestContext {
  platform: string;
  /** The action of a submit, when known. */
  action?: string;
  /** The task of a single check. */
  taskId?: string;
  /** How many tasks a batch check asked for. */
  batchSize?: number;
}

/**
 * Rewrites an `APICallError` from a music route so its message says which request failed and,
 * for the task routes' own error codes, why and what to do (`task_not_exist`, `invalid_action`,
 * `prompt_empty`, `task id is empty`). Status, retryability, body and headers are kept; other
 * errors pass through unchanged.
 */
export function explainCCAPIMusicError(error: unknown, context: CCAPIMusicRequestContext): unknown {
  if (!APICallError.isInstance(error)) return error;
  const data = asRecord(error.data) ?? {};
  const code = typeof data.code === 'string' ? data.code : undefined;
  const upstream = typeof data.message === 'string' ? data.message : undefined;
  const status = error.statusCode ?? 'no status';
  const { platform, action } = context;

  let explanation: string;
  if (code === 'task_not_exist' || upstream === 'task_not_exist') {
    explanation = `CCAPI has no ${platform} task ${context.taskId != null ? `'${context.taskId}'` : 'with that id'} (${status} task_not_exist). Use the task_… id the submit returned (not the upstream UUID inside a running task's data), on the platform that made it ('suno' or 'producer'), with the API key that made it.`;
  } else if (upstream === 'invalid_action') {
    explanation = `CCAPI does not accept the action '${action ?? '?'}' on /${platform}/submit (${status} invalid_action).${platform === 'producer' ? ' CCAPI says MUSIC is the only Producer action enabled.' : ''} Confirmed tokens: suno MUSIC, LYRICS, UPSAMPLE_TAGS; producer MUSIC (REPLACE is documented but not enabled). Check the platform and the token (upper case); inferred tokens are guesses (${ccapiDocsUrl('music.md#action-tokens')}).`;
  } else if (upstream === 'prompt_empty') {
    explanation = `CCAPI needs a non-empty prompt for ${platform} ${action ?? 'this action'} (${status} prompt_empty): pass the prompt option, or a prompt field in the body.`;
  } else if (upstream != null && /task id is empty/i.test(upstream)) {
    explanation = `Extending a clip needs the task that made it (${status} "${upstream}"): pass extend: { clipId, taskId } with that task's task_… id.`;
  } else {
    explanation = error.message;
  }

  return new APICallError({
    message: `${describeRequest(context)} failed: ${explanation}`,
    url: error.url,
    requestBodyValues: error.requestBodyValues,
    statusCode: error.statusCode,
    responseHeaders: error.responseHeaders,
    responseBody: error.responseBody,
    cause: error.cause,
    isRetryable: error.isRetryable,
    data: error.data,
  });
}

function describeRequest(context: CCAPIMusicRequestContext): string {
  if (context.action != null) return `Submitting the ${context.platform} ${context.action} task`;
  if (context.batchSize != null) {
    return `Checking ${context.batchSize} ${context.platform} task${context.batchSize === 1 ? '' : 's'}`;
  }
  return `Checking ${context.platform} task ${context.taskId ?? ''}`.trimEnd();
}
