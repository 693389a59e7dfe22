import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';
import { ccapiTaskOptionsShape } from './ccapi-task-options-schema';
import type { CCAPITaskPollSettings } from './ccapi-task-poll-settings';
import type { CCAPITaskProgressListener } from './ccapi-task-progress-event';

/**
 * Model-level settings of a task-based model, given with `model.withSettings(…)`. They hold
 * what `providerOptions` cannot (a callback) and per-model polling defaults; a call's
 * `providerOptions.ccapi` still wins for the polling fields.
 */
export interface CCAPITaskModelSettings extends Partial<CCAPITaskPollSettings> {
  /**
   * Called after every status poll with the server's status and percentage, e.g. to drive a
   * progress bar. Errors it throws are ignored; a returned promise is awaited.
   */
  onProgress?: CCAPITaskProgressListener;
}

const { taskId: _taskId, ...pollingShape } = ccapiTaskOptionsShape;

const ccapiTaskModelSettingsSchema = z.strictObject({
  ...pollingShape,
  onProgress: z
    .custom<CCAPITaskProgressListener>((value) => typeof value === 'function', {
      message: 'expected a function (event) => void',
    })
    .optional(),
});

/** Validates `withSettings` input; a bad field throws `InvalidArgumentError` naming it. */
export function validateCCAPITaskModelSettings(
  settings: CCAPITaskModelSettings,
  modelId: string,
): CCAPITaskModelSettings {
  const result = ccapiTaskModelSettingsSchema.safeParse(settings);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new InvalidArgumentError({
    argument: 'settings',
    message: `Invalid settings for CCAPI model '${modelId}': ${problems}. Accepted: onProgress, pollIntervalMs, maxPollIntervalMs, pollBackoffFactor, timeoutMs, pollRetries (${ccapiDocsUrl('media.md#polling-progress-and-timeouts')}).`,
    cause: result.error,
  });
}
