// The music implementation, loaded with `await import()` the first time a music function runs,
// so apps that never make music never load it.

import { InvalidArgumentError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPIWarning } from '../shared/ccapi-warning';
import { CCAPITaskFailedError } from '../tasks/ccapi-task-failed-error';
import {
  CCAPI_MUSIC_TASK_POLL_DEFAULTS,
  type CCAPITaskPollSettings,
  resolveCCAPITaskPollSettings,
} from '../tasks/ccapi-task-poll-settings';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';
import { isRecord } from '../utils/json-record';
import { buildCCAPIMusicOutput } from './build-ccapi-music-output';
import { classifyCCAPIMusicAction, getCCAPIMusicExpectedResult } from './ccapi-music-actions';
import type { CCAPIMusicDownload } from './ccapi-music-audio';
import type { CCAPIMusicResponseMetadata } from './ccapi-music-call-options';
import type { CCAPIMusicSubmitOptions, CCAPIMusicTaskRequestOptions } from './ccapi-music-client';
import { readCCAPIMusicModelInternals } from './ccapi-music-model';
import { CCAPIMusicNoResultError } from './ccapi-music-no-result-error';
import {
  generateLyricsOptionsSchema,
  generateMusicOptionsSchema,
  getMusicStatusOptionsSchema,
  parseCCAPIMusicOptions,
  startMusicOptionsSchema,
  startMusicTaskOptionsSchema,
  submitMusicTaskOptionsSchema,
  upsampleMusicTagsOptionsSchema,
} from './ccapi-music-options-schema';
import type {
  CCAPIMusicStatus,
  CCAPIMusicStatusNotFound,
  CCAPIMusicTaskResult,
} from './ccapi-music-status';
import type { CCAPIMusicAudioHandle } from './create-ccapi-music-audio';
import { fetchCCAPIMusicTask, fetchCCAPIMusicTasks } from './fetch-ccapi-music-tasks';
import type { CCAPIGenerateLyricsOptions, CCAPIGenerateLyricsResult } from './generate-lyrics';
import type { CCAPIGenerateMusicOptions, CCAPIGenerateMusicResult } from './generate-music';
import type { CCAPIGetMusicStatusesOptions, CCAPIGetMusicStatusOptions } from './get-music-status';
import type { CCAPIMusicTaskSnapshot } from './parse-ccapi-music-task';
import {
  prepareCCAPIMusicBody,
  prepareCCAPIMusicTextBody,
  readCCAPIMusicProviderOptions,
} from './prepare-ccapi-music-body';
import { retryCCAPIMusicRequest } from './retry-ccapi-music-request';
import { createCCAPIMusicMetadata, runCCAPIMusicTask } from './run-ccapi-music-task';
import type { CCAPIStartMusicOptions, CCAPIStartMusicResult } from './start-music';
import { submitCCAPIMusicTask } from './submit-ccapi-music-task';
import type {
  CCAPIUpsampleMusicTagsOptions,
  CCAPIUpsampleMusicTagsResult,
} from './upsample-music-tags';

/** The AI SDK's default for `maxRetries`. */
const DEFAULT_MAX_RETRIES = 2;

type HandleStatus = CCAPIMusicStatus<CCAPIMusicAudioHandle>;

export async function runGenerateMusic(
  options: CCAPIGenerateMusicOptions<CCAPIMusicDownload | undefined>,
): Promise<CCAPIGenerateMusicResult<CCAPIMusicAudioHandle>> {
  const { config, settings } = readCCAPIMusicModelInternals(options?.model);
  const parsed = parseCCAPIMusicOptions(generateMusicOptionsSchema, options, 'generateMusic');
  const platform = options.model.platform;
  const { fields, resumeTaskId } = readCCAPIMusicProviderOptions(
    parsed.providerOptions,
    'generateMusic',
  );
  const prepared =
    resumeTaskId != null
      ? { body: undefined, warnings: [] }
      : prepareCCAPIMusicBody({
          platform,
          inputs: { ...parsed, modelVersion: parsed.modelVersion ?? options.model.modelVersion },
          fields,
          functionName: 'generateMusic',
        });

  const result = await runCCAPIMusicTask({
    config,
    modelId: options.model.modelId,
    platform,
    action: 'MUSIC',
    body: prepared.body,
    resumeTaskId,
    warnings: prepared.warnings,
    expect: 'audio',
    download: parsed.download ?? 'eager',
    settings: resolvePollSettings(settings, parsed.poll),
    onProgress: parsed.onProgress ?? settings.onProgress,
    headers: parsed.headers,
    abortSignal: parsed.abortSignal,
    maxRetries: parsed.maxRetries ?? DEFAULT_MAX_RETRIES,
    resumeAdvice: waitAgainAdvice,
  });
  return { tracks: result.tracks, ...summary(result) };
}

export async function runStartMusic(
  options: CCAPIStartMusicOptions,
): Promise<CCAPIStartMusicResult> {
  const { config } = readCCAPIMusicModelInternals(options?.model);
  const parsed = parseCCAPIMusicOptions(startMusicOptionsSchema, options, 'startMusic');
  const platform = options.model.platform;
  const { fields, resumeTaskId } = readCCAPIMusicProviderOptions(
    parsed.providerOptions,
    'startMusic',
  );
  if (resumeTaskId != null) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi.taskId',
      message: `startMusic submits a new task, so providerOptions.ccapi.taskId ('${resumeTaskId}') has no meaning there. To follow an existing task call getMusicStatus({ model, taskId }), or generateMusic with providerOptions.ccapi.taskId to wait for it.`,
    });
  }
  const prepared = prepareCCAPIMusicBody({
    platform,
    inputs: { ...parsed, modelVersion: parsed.modelVersion ?? options.model.modelVersion },
    fields,
    functionName: 'startMusic',
  });
  return startTask({
    config,
    modelId: options.model.modelId,
    platform,
    action: 'MUSIC',
    body: prepared.body,
    warnings: prepared.warnings,
    options: parsed,
  });
}

export async function runGetMusicStatus(
  options:
    | CCAPIGetMusicStatusOptions<CCAPIMusicDownload | undefined>
    | CCAPIGetMusicStatusesOptions<CCAPIMusicDownload | undefined>,
): Promise<HandleStatus | Array<HandleStatus | CCAPIMusicStatusNotFound>> {
  const { config } = readCCAPIMusicModelInternals(options?.model);
  const parsed = parseCCAPIMusicOptions(getMusicStatusOptionsSchema, options, 'getMusicStatus');
  const { modelId, platform } = options.model;
  const common = {
    config,
    modelId,
    platform,
    headers: parsed.headers,
    abortSignal: parsed.abortSignal,
  };
  const retry = {
    maxRetries: parsed.maxRetries ?? DEFAULT_MAX_RETRIES,
    abortSignal: parsed.abortSignal,
  };
  const download = parsed.download ?? 'eager';

  if (parsed.taskId != null) {
    const taskId = parsed.taskId;
    const { snapshot, responseHeaders } = await retryCCAPIMusicRequest(
      () => fetchCCAPIMusicTask({ ...common, taskId }),
      retry,
    );
    return toStatus(snapshot, {
      ...common,
      download,
      response: response(config, modelId, responseHeaders, snapshot.raw),
    });
  }

  const taskIds = parsed.taskIds ?? [];
  if (taskIds.length === 0) return [];
  const batch = await retryCCAPIMusicRequest(
    () => fetchCCAPIMusicTasks({ ...common, taskIds }),
    retry,
  );
  return Promise.all(
    batch.items.map((item) =>
      item.found
        ? toStatus(item.snapshot, {
            ...common,
            download,
            response: response(config, modelId, batch.responseHeaders, item.snapshot.raw),
          })
        : { status: 'not-found' as const, taskId: item.taskId, platform, error: item.message },
    ),
  );
}

export async function runGenerateLyrics(
  options: CCAPIGenerateLyricsOptions,
): Promise<CCAPIGenerateLyricsResult> {
  const parsed = parseCCAPIMusicOptions(generateLyricsOptionsSchema, options, 'generateLyrics');
  const result = await runTextAction(options, parsed, {
    functionName: 'generateLyrics',
    action: 'LYRICS',
    field: { prompt: parsed.prompt },
  });
  const [first] = result.lyrics as [CCAPIGenerateLyricsResult['lyrics'][number]];
  return { title: first.title, text: first.text, lyrics: result.lyrics, ...summary(result) };
}

export async function runUpsampleMusicTags(
  options: CCAPIUpsampleMusicTagsOptions,
): Promise<CCAPIUpsampleMusicTagsResult> {
  const parsed = parseCCAPIMusicOptions(
    upsampleMusicTagsOptionsSchema,
    options,
    'upsampleMusicTags',
  );
  const result = await runTextAction(options, parsed, {
    functionName: 'upsampleMusicTags',
    action: 'UPSAMPLE_TAGS',
    field: { tags: parsed.tags },
  });
  return { tags: result.tags as string, ...summary(result) };
}

/** `generateLyrics` and `upsampleMusicTags`: one Suno text action, waited for like a song. */
async function runTextAction(
  options: { model: CCAPIGenerateLyricsOptions['model'] },
  parsed: {
    providerOptions?: Record<string, unknown>;
    poll?: Partial<CCAPITaskPollSettings>;
    onProgress?: CCAPIGenerateLyricsOptions['onProgress'];
    headers?: Record<string, string | undefined>;
    abortSignal?: AbortSignal;
    maxRetries?: number;
  },
  text: {
    functionName: string;
    action: 'LYRICS' | 'UPSAMPLE_TAGS';
    field: Record<string, string>;
  },
): Promise<CCAPIMusicTaskResult<CCAPIMusicAudioHandle>> {
  const { config, settings } = readCCAPIMusicModelInternals(options?.model);
  const platform = options.model.platform;
  const { fields, resumeTaskId } = readCCAPIMusicProviderOptions(
    parsed.providerOptions,
    text.functionName,
  );
  const prepared = prepareCCAPIMusicTextBody({
    platform,
    action: text.action,
    field: text.field,
    fields,
    functionName: text.functionName,
  });
  return runCCAPIMusicTask({
    config,
    modelId: options.model.modelId,
    platform,
    action: text.action,
    body: prepared.body,
    resumeTaskId,
    warnings: prepared.warnings,
    expect: text.action === 'LYRICS' ? 'lyrics' : 'tags',
    download: 'lazy',
    settings: resolvePollSettings(settings, parsed.poll),
    onProgress: parsed.onProgress ?? settings.onProgress,
    headers: parsed.headers,
    abortSignal: parsed.abortSignal,
    maxRetries: parsed.maxRetries ?? DEFAULT_MAX_RETRIES,
    resumeAdvice: waitAgainAdvice,
  });
}

/** The fields every waiting function returns about its task. */
function summary(result: CCAPIMusicTaskResult<CCAPIMusicAudioHandle>) {
  return {
    taskId: result.taskId,
    platform: result.platform,
    warnings: result.warnings,
    responses: result.responses,
    providerMetadata: result.providerMetadata,
  };
}

export async function runSubmitMusicTask(input: {
  config: CCAPIConfig;
  platform: string;
  action: string;
  body: Record<string, unknown>;
  options: CCAPIMusicSubmitOptions<CCAPIMusicDownload | undefined> | undefined;
}): Promise<CCAPIMusicTaskResult<CCAPIMusicAudioHandle>> {
  const { platform, action, warnings } = checkRawTask(input);
  const parsed = parseCCAPIMusicOptions(
    submitMusicTaskOptionsSchema,
    input.options,
    'ccapi.music.submit',
  );
  return runCCAPIMusicTask({
    config: input.config,
    modelId: platform,
    platform,
    action,
    body: input.body,
    resumeTaskId: undefined,
    warnings,
    expect: parsed.expect ?? getCCAPIMusicExpectedResult(action),
    download: parsed.download ?? 'eager',
    settings: resolvePollSettings({}, parsed.poll),
    onProgress: parsed.onProgress,
    headers: parsed.headers,
    abortSignal: parsed.abortSignal,
    maxRetries: parsed.maxRetries ?? DEFAULT_MAX_RETRIES,
    resumeAdvice: (taskId) =>
      `check it with getMusicStatus({ model: ccapi.musicModel('${platform}'), taskId: '${taskId}' })`,
  });
}

export async function runStartMusicTask(input: {
  config: CCAPIConfig;
  platform: string;
  action: string;
  body: Record<string, unknown>;
  options: CCAPIMusicTaskRequestOptions | undefined;
}): Promise<CCAPIStartMusicResult> {
  const { platform, action, warnings } = checkRawTask(input);
  const parsed = parseCCAPIMusicOptions(
    startMusicTaskOptionsSchema,
    input.options,
    'ccapi.music.start',
  );
  return startTask({
    config: input.config,
    modelId: platform,
    platform,
    action,
    body: input.body,
    warnings,
    options: parsed,
  });
}

async function startTask(input: {
  config: CCAPIConfig;
  modelId: string;
  platform: string;
  action: string;
  body: Record<string, unknown>;
  warnings: CCAPIWarning[];
  options: {
    headers?: Record<string, string | undefined>;
    abortSignal?: AbortSignal;
    maxRetries?: number;
  };
}): Promise<CCAPIStartMusicResult> {
  const { config, platform, action } = input;
  const { taskId, responseHeaders } = await submitCCAPIMusicTask({
    config,
    modelId: input.modelId,
    platform,
    action,
    body: input.body,
    headers: input.options.headers,
    abortSignal: input.options.abortSignal,
    maxRetries: input.options.maxRetries ?? DEFAULT_MAX_RETRIES,
  });
  return {
    taskId,
    platform,
    action,
    warnings: input.warnings,
    response: response(config, input.modelId, responseHeaders, { code: 'success', data: taskId }),
    providerMetadata: { ccapi: { taskId, platform, action } },
  };
}

/** Checks the escape hatch's platform, action and body; warns about guessed tokens. */
function checkRawTask(input: { platform: string; action: string; body: Record<string, unknown> }): {
  platform: string;
  action: string;
  warnings: CCAPIWarning[];
} {
  const segment = /^[A-Za-z0-9_-]+$/;
  if (typeof input.platform !== 'string' || !segment.test(input.platform)) {
    throw new InvalidArgumentError({
      argument: 'platform',
      message: `ccapi.music: the platform must be a path segment such as 'suno' or 'producer'; got ${JSON.stringify(input.platform)}.`,
    });
  }
  if (typeof input.action !== 'string' || !segment.test(input.action)) {
    throw new InvalidArgumentError({
      argument: 'action',
      message: `ccapi.music: the action must be a token such as 'MUSIC' or 'UPSAMPLE_TAGS' (letters, digits, '_'); got ${JSON.stringify(input.action)}.`,
    });
  }
  if (!isRecord(input.body)) {
    throw new InvalidArgumentError({
      argument: 'body',
      message: `ccapi.music: the body must be a JSON object of the fields CCAPI expects for ${input.platform} ${input.action}; got ${Array.isArray(input.body) ? 'an array' : typeof input.body}.`,
    });
  }
  const platform = input.platform.toLowerCase();
  // CCAPI's tokens are upper case; only new-api's own MUSIC and LYRICS are known to be matched
  // case-insensitively, so 'upsample_tags' is sent as UPSAMPLE_TAGS.
  const action = input.action.toUpperCase();
  const kind = classifyCCAPIMusicAction(platform, action);
  const warnings: CCAPIWarning[] = [];
  if (kind === 'inferred') {
    warnings.push({
      type: 'compatibility',
      feature: `${platform} action ${action}`,
      details: `The token ${action} is inferred from CCAPI's documentation sidebar, not confirmed by a CCAPI page: check it against the live API (${ccapiDocsUrl('music.md#action-tokens')}).`,
    });
  } else if (kind === 'unknown') {
    warnings.push({
      type: 'other',
      message: `${platform} action ${action} is not in this provider's table of confirmed or inferred tokens; it is sent upper-cased, otherwise as given.`,
    });
  }
  return { platform, action, warnings };
}

async function toStatus(
  snapshot: CCAPIMusicTaskSnapshot,
  context: {
    config: CCAPIConfig;
    modelId: string;
    platform: string;
    headers: Record<string, string | undefined> | undefined;
    abortSignal: AbortSignal | undefined;
    download: CCAPIMusicDownload;
    response: CCAPIMusicResponseMetadata;
  },
): Promise<HandleStatus> {
  const { platform } = context;
  const action = snapshot.action;
  const base = {
    taskId: snapshot.taskId,
    platform,
    action,
    progress: snapshot.progress,
    rawStatus: snapshot.rawStatus,
    providerMetadata: createCCAPIMusicMetadata(snapshot, platform, action),
    response: context.response,
  };
  if (snapshot.status === 'failed') {
    const failReason = snapshot.failReason ?? 'no reason given';
    return {
      ...base,
      status: 'error',
      failReason,
      error: new CCAPITaskFailedError({
        taskId: snapshot.taskId,
        failReason,
        modelId: context.modelId,
      }).message,
    };
  }
  if (snapshot.status !== 'succeeded') {
    return { ...base, status: 'pending', taskStatus: snapshot.status };
  }
  try {
    const output = await buildCCAPIMusicOutput({
      snapshot,
      platform,
      action,
      expect: getCCAPIMusicExpectedResult(action),
      download: context.download,
      config: context.config,
      modelId: context.modelId,
      headers: context.headers,
      abortSignal: context.abortSignal,
      resumeAdvice: `check it again with getMusicStatus({ model, taskId: '${snapshot.taskId}' })`,
    });
    return { ...base, status: 'completed', ...output };
  } catch (error) {
    if (!CCAPIMusicNoResultError.isInstance(error)) throw error;
    return { ...base, status: 'error', failReason: undefined, error: error.message };
  }
}

function response(
  config: CCAPIConfig,
  modelId: string,
  headers: Record<string, string> | undefined,
  body: unknown,
): CCAPIMusicResponseMetadata {
  return { timestamp: config.currentDate(), modelId, headers, body };
}

function resolvePollSettings(
  modelSettings: Partial<CCAPITaskPollSettings>,
  callSettings: Partial<CCAPITaskPollSettings> | undefined,
): CCAPITaskPollSettings {
  return resolveCCAPITaskPollSettings(CCAPI_MUSIC_TASK_POLL_DEFAULTS, modelSettings, callSettings);
}

function waitAgainAdvice(taskId: string): string {
  return `resume with providerOptions.ccapi.taskId = '${taskId}' (or check it once with getMusicStatus({ model, taskId: '${taskId}' }))`;
}
