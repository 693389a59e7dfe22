import {
  InvalidArgumentError,
  type JSONValue,
  type SharedV4ProviderMetadata,
  type SharedV4Warning,
  type Experimental_VideoModelV4 as VideoModelV4,
  type Experimental_VideoModelV4CallOptions as VideoModelV4CallOptions,
  type Experimental_VideoModelV4OperationStartResult as VideoModelV4OperationStartResult,
  type Experimental_VideoModelV4OperationStatusResult as VideoModelV4OperationStatusResult,
  type Experimental_VideoModelV4Result as VideoModelV4Result,
} from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import { requestCCAPITask } from '../tasks/ccapi-task-api';
import { CCAPITaskFailedError } from '../tasks/ccapi-task-failed-error';
import type { CCAPITaskModelSettings } from '../tasks/ccapi-task-model-settings';
import {
  CCAPI_VIDEO_TASK_POLL_DEFAULTS,
  resolveCCAPITaskPollSettings,
} from '../tasks/ccapi-task-poll-settings';
import { type CCAPITaskSnapshot, parseCCAPITaskSnapshot } from '../tasks/ccapi-task-snapshot';
import { downloadCCAPITaskResult } from '../tasks/download-ccapi-task-result';
import { parseCCAPIMediaOptions } from '../tasks/parse-ccapi-media-options';
import { type CCAPITaskPollResult, pollCCAPITask } from '../tasks/poll-ccapi-task';
import { readCCAPISubmittedTaskId } from '../tasks/read-ccapi-submitted-task-id';
import {
  type CCAPIVideoOperation,
  type CCAPIVideoTaskRoute,
  ccapiVideoOperationSchema,
  getCCAPIVideoStatusUrl,
  getCCAPIVideoSubmitUrl,
} from './ccapi-video-api';
import {
  type CCAPIVideoModelId,
  type CCAPIVideoModelOptions,
  ccapiVideoModelOptionsSchema,
} from './ccapi-video-model-options';
import { type DownloadedCCAPIVideo, downloadCCAPIVideo } from './download-ccapi-video';
import { extractCCAPIVideoUrl } from './extract-ccapi-video-url';
import { prepareCCAPIVideoRequest } from './prepare-ccapi-video-request';
import { resolveCCAPIVideoApi } from './resolve-ccapi-video-api';

/**
 * The work of a CCAPI video model (`CCAPIVideoModel` loads this module on its first call, so an
 * app without video never loads it or the task engine). Every video is a task: submit, poll,
 * download.
 *
 * - Kling ids use Kling's routes (`/kling/v1/videos/text2video|image2video`); every other id
 *   the generic `POST /v1/video/generations` (Seedance, Vidu, Sora, Veo, …).
 * - `doGenerate` (used by `experimental_generateVideo`) polls with backoff, reports progress to
 *   `withSettings({ onProgress })`, and returns the video bytes.
 * - `doStart` / `doStatus` back `experimental_startVideo` / `experimental_getVideoStatus` (and
 *   `experimental_generateVideo({ poll })`), with a JSON `operation` you can persist.
 * - `providerMetadata.ccapi` carries `taskId`, `status`, `progress`.
 */
export class CCAPIVideoModelImplementation implements VideoModelV4 {
  readonly specificationVersion = 'v4' as const;
  /** CCAPI video routes make one video per task; the AI SDK fans out for `n > 1`. */
  readonly maxVideosPerCall = 1;

  private readonly settings: CCAPITaskModelSettings;

  constructor(
    readonly modelId: CCAPIVideoModelId,
    private readonly config: CCAPIConfig,
    settings: CCAPITaskModelSettings = {},
  ) {
    this.settings = settings;
  }

  get provider(): string {
    return this.config.provider;
  }

  async doGenerate(options: VideoModelV4CallOptions): Promise<VideoModelV4Result> {
    const ccapiOptions = this.parseOptions(options);
    const settings = resolveCCAPITaskPollSettings(
      CCAPI_VIDEO_TASK_POLL_DEFAULTS,
      this.settings,
      ccapiOptions,
    );

    let taskId: string;
    let route: CCAPIVideoTaskRoute;
    let warnings: SharedV4Warning[] = [];
    const resumed = ccapiOptions?.taskId != null;
    if (ccapiOptions?.taskId != null) {
      taskId = ccapiOptions.taskId;
      route = this.resumeRoute(options, ccapiOptions);
    } else {
      const submitted = await this.submit(options, ccapiOptions);
      ({ taskId, route, warnings } = submitted);
      this.throwIfFailed(submitted.snapshot);
    }

    const final = await pollCCAPITask({
      taskId,
      poll: ({ abortSignal }) =>
        this.pollStatus({ route, taskId, headers: options.headers, abortSignal }),
      settings,
      abortSignal: options.abortSignal,
      onProgress: this.settings.onProgress,
      waitBeforeFirstPoll: !resumed,
      modelId: this.modelId,
    });

    const video = await downloadCCAPITaskResult(
      final.snapshot.taskId,
      () => this.download(final.snapshot, options),
      options.abortSignal,
    );
    return {
      videos: [{ type: 'binary', data: video.data, mediaType: video.mediaType }],
      warnings,
      providerMetadata: this.metadata(final.snapshot, route, {
        pollCount: final.pollCount,
        videoUrl: extractCCAPIVideoUrl(final.snapshot.raw) ?? null,
        source: video.source,
      }),
      response: {
        timestamp: this.config.currentDate(),
        modelId: this.modelId,
        headers: final.responseHeaders,
      },
    };
  }

  async doStart(options: VideoModelV4CallOptions): Promise<VideoModelV4OperationStartResult> {
    const ccapiOptions = this.parseOptions(options);
    if (ccapiOptions?.taskId != null) {
      throw new InvalidArgumentError({
        argument: 'providerOptions.ccapi.taskId',
        message: `experimental_startVideo submits a new task, so providerOptions.ccapi.taskId ('${ccapiOptions.taskId}') has no meaning there. To follow an existing task call experimental_getVideoStatus with operation { taskId, route }, or experimental_generateVideo with the taskId.`,
      });
    }
    const submitted = await this.submit(options, ccapiOptions);
    this.throwIfFailed(submitted.snapshot);
    const operation: CCAPIVideoOperation = { taskId: submitted.taskId, route: submitted.route };
    return {
      operation: operation as unknown as JSONValue,
      warnings: submitted.warnings,
      providerMetadata: this.metadata(submitted.snapshot, submitted.route),
      response: {
        timestamp: this.config.currentDate(),
        modelId: this.modelId,
        headers: submitted.responseHeaders,
      },
    };
  }

  async doStatus(options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  }): Promise<VideoModelV4OperationStatusResult> {
    const parsed = ccapiVideoOperationSchema.safeParse(options.operation);
    if (!parsed.success) {
      throw new InvalidArgumentError({
        argument: 'operation',
        message: `Not a CCAPI video operation: expected { taskId: string, route: 'generations' | 'kling-text2video' | 'kling-image2video' } as returned by experimental_startVideo, got ${JSON.stringify(options.operation)}.`,
      });
    }
    const { taskId, route } = parsed.data;
    const { snapshot, responseHeaders } = await this.pollStatus({
      route,
      taskId,
      headers: options.headers,
      abortSignal: options.abortSignal,
    });
    const response = {
      timestamp: this.config.currentDate(),
      modelId: this.modelId,
      headers: responseHeaders,
    };

    switch (snapshot.status) {
      case 'succeeded': {
        const video = await this.download(snapshot, options);
        return {
          status: 'completed',
          videos: [{ type: 'binary', data: video.data, mediaType: video.mediaType }],
          warnings: [],
          providerMetadata: this.metadata(snapshot, route, {
            videoUrl: extractCCAPIVideoUrl(snapshot.raw) ?? null,
            source: video.source,
          }),
          response,
        };
      }
      case 'failed':
        return {
          status: 'error',
          error: new CCAPITaskFailedError({
            taskId,
            failReason: snapshot.failReason ?? 'no reason given',
            modelId: this.modelId,
          }).message,
          providerMetadata: this.metadata(snapshot, route, {
            failReason: snapshot.failReason ?? null,
          }),
          response,
        };
      default:
        return { status: 'pending', providerMetadata: this.metadata(snapshot, route), response };
    }
  }

  private parseOptions(options: VideoModelV4CallOptions): CCAPIVideoModelOptions | undefined {
    return parseCCAPIMediaOptions({
      providerOptions: options.providerOptions,
      schema: ccapiVideoModelOptionsSchema,
      modelId: this.modelId,
      docsAnchor: 'video-options',
    });
  }

  private resumeRoute(
    options: VideoModelV4CallOptions,
    ccapiOptions: CCAPIVideoModelOptions,
  ): CCAPIVideoTaskRoute {
    const api = ccapiOptions.api ?? resolveCCAPIVideoApi(this.modelId);
    if (api === 'generations') return 'generations';
    // CCAPI looks Kling tasks up by id on either status route; match the submit for clarity.
    return options.image != null ? 'kling-image2video' : 'kling-text2video';
  }

  private async submit(
    options: VideoModelV4CallOptions,
    ccapiOptions: CCAPIVideoModelOptions | undefined,
  ): Promise<{
    taskId: string;
    route: CCAPIVideoTaskRoute;
    warnings: SharedV4Warning[];
    snapshot: CCAPITaskSnapshot;
    responseHeaders: Record<string, string> | undefined;
  }> {
    const prepared = prepareCCAPIVideoRequest({
      modelId: this.modelId,
      api: ccapiOptions?.api ?? resolveCCAPIVideoApi(this.modelId),
      options,
      ccapiOptions,
    });
    const url = getCCAPIVideoSubmitUrl(this.config, prepared.route);
    const { value, responseHeaders } = await requestCCAPITask({
      config: this.config,
      modelId: this.modelId,
      method: 'POST',
      url,
      body: prepared.body,
      headers: options.headers,
      abortSignal: options.abortSignal,
    });
    const taskId = readCCAPISubmittedTaskId(value, `POST ${new URL(url).pathname}`);
    return {
      taskId,
      route: prepared.route,
      warnings: prepared.warnings,
      snapshot: parseCCAPITaskSnapshot(value, taskId),
      responseHeaders,
    };
  }

  private async pollStatus(input: {
    route: CCAPIVideoTaskRoute;
    taskId: string;
    headers: Record<string, string | undefined> | undefined;
    abortSignal: AbortSignal | undefined;
  }): Promise<CCAPITaskPollResult> {
    const { value, responseHeaders } = await requestCCAPITask({
      config: this.config,
      modelId: this.modelId,
      method: 'GET',
      url: getCCAPIVideoStatusUrl(this.config, input.route, input.taskId),
      headers: input.headers,
      abortSignal: input.abortSignal,
    });
    return { snapshot: parseCCAPITaskSnapshot(value, input.taskId), responseHeaders };
  }

  private download(
    snapshot: CCAPITaskSnapshot,
    options: { headers?: Record<string, string | undefined>; abortSignal?: AbortSignal },
  ): Promise<DownloadedCCAPIVideo> {
    return downloadCCAPIVideo({
      taskId: snapshot.taskId,
      resultUrl: extractCCAPIVideoUrl(snapshot.raw),
      config: this.config,
      modelId: this.modelId,
      headers: options.headers,
      abortSignal: options.abortSignal,
    });
  }

  private throwIfFailed(snapshot: CCAPITaskSnapshot): void {
    if (snapshot.status !== 'failed') return;
    throw new CCAPITaskFailedError({
      taskId: snapshot.taskId,
      failReason: snapshot.failReason ?? 'no reason given',
      rawStatus: snapshot.rawStatus,
      response: snapshot.raw,
      modelId: this.modelId,
    });
  }

  private metadata(
    snapshot: CCAPITaskSnapshot,
    route: CCAPIVideoTaskRoute,
    extra: Record<string, JSONValue> = {},
  ): SharedV4ProviderMetadata {
    return {
      ccapi: {
        taskId: snapshot.taskId,
        route,
        status: snapshot.status,
        rawStatus: snapshot.rawStatus ?? null,
        progress: snapshot.progress ?? null,
        ...extra,
      },
    };
  }
}
