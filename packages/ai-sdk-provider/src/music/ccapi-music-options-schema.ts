import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { ccapiTaskOptionsShape } from '../tasks/ccapi-task-options-schema';
import type { CCAPITaskProgressListener } from '../tasks/ccapi-task-progress-event';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';

// What callers write is checked strictly: a misspelt option would otherwise be dropped silently
// and the song made without it.

const { taskId: _resumeTaskId, ...pollingShape } = ccapiTaskOptionsShape;

const callShape = {
  abortSignal: z
    .custom<AbortSignal>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        'aborted' in value &&
        typeof (value as AbortSignal).addEventListener === 'function',
      { message: 'expected an AbortSignal' },
    )
    .optional(),
  headers: z.record(z.string(), z.union([z.string(), z.undefined()])).optional(),
  maxRetries: z.number().int().min(0).optional(),
};

const requestShape = {
  ...callShape,
  // Checked first, with its own message (readCCAPIMusicModelInternals).
  model: z.unknown().optional(),
};

const waitShape = {
  poll: z.strictObject(pollingShape).optional(),
  onProgress: z
    .custom<CCAPITaskProgressListener>((value) => typeof value === 'function', {
      message: 'expected a function (event) => void',
    })
    .optional(),
};

const downloadShape = { download: z.enum(['eager', 'lazy']).optional() };

const providerOptionsShape = {
  providerOptions: z.record(z.string(), z.unknown()).optional(),
};

const inputsShape = {
  prompt: z.string().optional(),
  lyrics: z.string().optional(),
  title: z.string().optional(),
  style: z.string().optional(),
  instrumental: z.boolean().optional(),
  modelVersion: z.string().min(1).optional(),
  ...providerOptionsShape,
  extend: z
    .strictObject({
      clipId: z.string().min(1),
      taskId: z.string().min(1),
      at: z.number().min(0).optional(),
    })
    .optional(),
};

export const generateMusicOptionsSchema = z.strictObject({
  ...requestShape,
  ...waitShape,
  ...downloadShape,
  ...inputsShape,
});

export const startMusicOptionsSchema = z.strictObject({ ...requestShape, ...inputsShape });

export const getMusicStatusOptionsSchema = z
  .strictObject({
    ...requestShape,
    ...downloadShape,
    taskId: z.string().min(1).optional(),
    taskIds: z.array(z.string().min(1)).optional(),
  })
  .refine((options) => (options.taskId == null) !== (options.taskIds == null), {
    message: 'pass either taskId (one task) or taskIds (a batch), not both and not neither',
  });

export const generateLyricsOptionsSchema = z.strictObject({
  ...requestShape,
  ...waitShape,
  ...providerOptionsShape,
  prompt: z.string().trim().min(1, 'describe the lyrics to write (a non-empty string)'),
});

export const upsampleMusicTagsOptionsSchema = z.strictObject({
  ...requestShape,
  ...waitShape,
  ...providerOptionsShape,
  tags: z.string().trim().min(1, 'give the short tags to expand, e.g. "jazz, smooth"'),
});

export const submitMusicTaskOptionsSchema = z.strictObject({
  ...callShape,
  ...waitShape,
  ...downloadShape,
  expect: z.enum(['audio', 'lyrics', 'tags', 'any']).optional(),
});

export const startMusicTaskOptionsSchema = z.strictObject(callShape);

// Names callers reach for, and where the option really is.
const HINTS: Record<string, string> = {
  intervalMs: 'poll: { pollIntervalMs }',
  pollIntervalMs: 'poll: { pollIntervalMs }',
  maxPollIntervalMs: 'poll: { maxPollIntervalMs }',
  pollBackoffFactor: 'poll: { pollBackoffFactor }',
  timeoutMs: 'poll: { timeoutMs }',
  pollRetries: 'poll: { pollRetries }',
  tags: 'style',
  description: 'prompt',
  text: 'prompt',
  mv: 'modelVersion',
  version: 'modelVersion',
  model_version: 'modelVersion',
  make_instrumental: 'instrumental',
  continue_clip_id: 'extend: { clipId, taskId, at }',
  continue_at: 'extend: { clipId, taskId, at }',
  clipId: 'extend: { clipId, taskId, at }',
};

/**
 * Validates a music function's options; a bad one throws `InvalidArgumentError` naming every
 * field at fault, what was expected, and for likely mix-ups where the option really is.
 */
export function parseCCAPIMusicOptions<SCHEMA extends z.ZodType>(
  schema: SCHEMA,
  value: unknown,
  functionName: string,
): z.output<SCHEMA> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(options)';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys
        .map((key) => {
          const where = issue.path.length > 0 ? `${path}.${key}` : key;
          const hint = HINTS[key];
          return hint != null
            ? `unknown option '${where}' (did you mean ${hint}?)`
            : `unknown option '${where}' (fields for CCAPI's request body go in providerOptions.ccapi)`;
        })
        .join('; ');
    }
    return `${path}: ${issue.message}`;
  });
  throw new InvalidArgumentError({
    argument: 'options',
    message: `Invalid ${functionName} options: ${problems.join('; ')}. See ${ccapiDocsUrl('music.md')} for the options.`,
    cause: result.error,
  });
}
