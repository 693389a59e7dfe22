import type { CCAPIConfig } from '../ccapi-config';
import { requestCCAPITask } from '../tasks/ccapi-task-api';
import { readCCAPISubmittedTaskId } from '../tasks/read-ccapi-submitted-task-id';
import { getCCAPIMusicSubmitUrl } from './ccapi-music-api';
import { explainCCAPIMusicError } from './explain-ccapi-music-error';
import { retryCCAPIMusicRequest } from './retry-ccapi-music-request';

/**
 * `POST /{platform}/submit/{ACTION}` with the body as given. Returns CCAPI's `task_…` id from
 * `{"code":"success","data":"task_…"}` (numeric codes 0 and 200 count as success too).
 * Refusals (a non-2xx task envelope, an OpenAI-style `{"error":…}`, HTTP 200 with a failing
 * `code`) become `APICallError`s that name the platform and action; retryable ones are retried
 * `maxRetries` times, the AI SDK way.
 */
export async function submitCCAPIMusicTask(input: {
  config: CCAPIConfig;
  modelId: string;
  platform: string;
  action: string;
  body: Record<string, unknown>;
  headers: Record<string, string | undefined> | undefined;
  abortSignal: AbortSignal | undefined;
  maxRetries: number;
}): Promise<{ taskId: string; responseHeaders: Record<string, string> | undefined }> {
  const url = getCCAPIMusicSubmitUrl(input.config, input.platform, input.action);
  const { value, responseHeaders } = await retryCCAPIMusicRequest(
    async () => {
      try {
        return await requestCCAPITask({
          config: input.config,
          modelId: input.modelId,
          method: 'POST',
          url,
          body: input.body,
          headers: input.headers,
          abortSignal: input.abortSignal,
        });
      } catch (error) {
        throw explainCCAPIMusicError(error, { platform: input.platform, action: input.action });
      }
    },
    { maxRetries: input.maxRetries, abortSignal: input.abortSignal },
  );
  return {
    taskId: readCCAPISubmittedTaskId(value, `POST ${new URL(url).pathname}`),
    responseHeaders,
  };
}
