import { APICallError } from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulatorProvider } from '../../test/use-emulator-provider';
import { createCCAPI } from '../ccapi-provider';
import { CCAPITaskFailedError } from '../tasks/ccapi-task-failed-error';
import { CCAPITaskPollError } from '../tasks/ccapi-task-poll-error';
import { CCAPITaskTimeoutError } from '../tasks/ccapi-task-timeout-error';
import { CCAPIMusicNoResultError } from './ccapi-music-no-result-error';
import { generateMusic } from './generate-music';
import { getMusicStatus } from './get-music-status';
import { startMusic } from './start-music';

// A key that would be easy to spot in a message or a serialized error.
const API_KEY = 'sk-music-secret-0123456789abcdef';
const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 10 };

const music = useEmulatorProvider({ apiKey: API_KEY });
const seenErrors: unknown[] = [];

/** Runs the call, expecting it to fail; keeps the error for the key check at the end. */
async function failure(call: Promise<unknown>): Promise<Error> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (caught: unknown) => caught,
  );
  seenErrors.push(error);
  return error as Error;
}

describe('music task failures', () => {
  it('throws CCAPITaskFailedError with the upstream reason for a failed task', async () => {
    const error = await failure(
      generateMusic({ model: music.ccapi.musicModel('suno'), prompt: 'a song [fail]', poll: FAST }),
    );
    expect(CCAPITaskFailedError.isInstance(error)).toBe(true);
    const failed = error as CCAPITaskFailedError;
    expect(failed.failReason).toBe(
      'upstream task failed: the prompt was flagged by content moderation (emulator script [fail])',
    );
    expect(failed.rawStatus).toBe('FAILURE');
    expect(failed.taskId).toMatch(/^task_/);
  });

  it('throws CCAPIMusicNoResultError when a task succeeds without an audio URL', async () => {
    const error = await failure(
      generateMusic({
        model: music.ccapi.musicModel('producer'),
        prompt: 'x [no-audio]',
        poll: FAST,
      }),
    );
    expect(CCAPIMusicNoResultError.isInstance(error)).toBe(true);
    const noAudio = error as CCAPIMusicNoResultError;
    expect(noAudio).toMatchObject({ expected: 'audio', platform: 'producer', action: 'MUSIC' });
    expect(noAudio.message).toMatch(
      /^CCAPI task task_\w+ \(producer MUSIC\) reported SUCCESS but its answer holds no audio \(looked in result_url/,
    );
    expect(noAudio.response).toMatchObject({ status: 'SUCCESS' });
  });

  it.each(['classic', 'camel', 'musicapi', 'producer', 'site-a'])(
    'reads a failure and a success without audio in the %s shape',
    async (shape) => {
      const headers = { 'x-emulator-music-shape': shape };
      const model = music.ccapi.musicModel('suno');
      const failed = await failure(
        generateMusic({ model, prompt: 'x [fail]', headers, poll: FAST }),
      );
      expect(CCAPITaskFailedError.isInstance(failed)).toBe(true);
      expect((failed as CCAPITaskFailedError).failReason).toContain('content moderation');

      const empty = await failure(
        generateMusic({ model, prompt: 'x [no-audio]', headers, poll: FAST }),
      );
      expect(CCAPIMusicNoResultError.isInstance(empty)).toBe(true);
      expect((empty as CCAPIMusicNoResultError).expected).toBe('audio');
    },
  );

  it('survives a flaky status route: 502, then 429 with Retry-After, then the task', async () => {
    const result = await generateMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'x [flaky]',
      poll: FAST,
    });
    expect(result.tracks).toHaveLength(2);
    const polls = music.emulator.requests.filter((request) =>
      request.path.startsWith('/suno/fetch/'),
    );
    expect(polls.length).toBeGreaterThanOrEqual(3);
  });

  it('gives up after poll.timeoutMs with CCAPITaskTimeoutError naming how to resume', async () => {
    const startedAt = Date.now();
    const error = await failure(
      generateMusic({
        model: music.ccapi.musicModel('suno'),
        prompt: 'x [slow]',
        poll: { ...FAST, timeoutMs: 400 },
      }),
    );
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(CCAPITaskTimeoutError.isInstance(error)).toBe(true);
    const timeout = error as CCAPITaskTimeoutError;
    expect(timeout.lastStatus).toBe('running');
    expect(timeout.message).toBe(
      `CCAPI task ${timeout.taskId} did not finish within 400 ms (last status running, ${timeout.lastProgress}%). It may still be running: resume with providerOptions.ccapi.taskId = '${timeout.taskId}' (or check it once with getMusicStatus({ model, taskId: '${timeout.taskId}' })), or raise poll.timeoutMs.`,
    );
  });

  it('stops at once on abort, with the AbortError, during a wait', async () => {
    const controller = new AbortController();
    let taskId = '';
    const call = generateMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'x [slow]',
      poll: { pollIntervalMs: 50 },
      abortSignal: controller.signal,
      onProgress: (event) => {
        taskId = event.taskId;
        controller.abort();
      },
    });
    const error = await failure(call);
    expect(error.name).toBe('AbortError');
    const polls = music.emulator.requests.filter(
      (request) => request.path === `/suno/fetch/${taskId}`,
    );
    expect(polls.length).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await failure(
      generateMusic({
        model: music.ccapi.musicModel('suno'),
        prompt: 'x',
        abortSignal: AbortSignal.abort(),
      }),
    );
    expect(error.name).toBe('AbortError');
    expect(music.emulator.requests).toEqual([]);
  });

  it('aborts a hung submit, a hung check and a hung batch check at once', async () => {
    const stall = { 'x-emulator-fault': 'stall' };
    const model = music.ccapi.musicModel('suno');
    const { taskId } = await startMusic({ model, prompt: 'x' });
    const calls: Array<(abortSignal: AbortSignal) => Promise<unknown>> = [
      (abortSignal) => startMusic({ model, prompt: 'x', headers: stall, abortSignal }),
      (abortSignal) => getMusicStatus({ model, taskId, headers: stall, abortSignal }),
      (abortSignal) => getMusicStatus({ model, taskIds: [taskId], headers: stall, abortSignal }),
      (abortSignal) =>
        generateMusic({
          model,
          providerOptions: { ccapi: { taskId } },
          headers: stall,
          abortSignal,
          poll: FAST,
        }),
    ];
    for (const call of calls) {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const startedAt = Date.now();
      const error = await failure(call(controller.signal));
      expect(error.name).toBe('AbortError');
      expect(Date.now() - startedAt).toBeLessThan(3_000);
    }
  });

  it('times out while a status check hangs, naming how to resume', async () => {
    const { taskId } = await startMusic({ model: music.ccapi.musicModel('producer'), prompt: 'x' });
    const startedAt = Date.now();
    const error = await failure(
      generateMusic({
        model: music.ccapi.musicModel('producer'),
        providerOptions: { ccapi: { taskId } },
        headers: { 'x-emulator-fault': 'stall' },
        poll: { ...FAST, timeoutMs: 300 },
      }),
    );
    expect(Date.now() - startedAt).toBeLessThan(3_000);
    expect(CCAPITaskTimeoutError.isInstance(error)).toBe(true);
    expect((error as CCAPITaskTimeoutError).taskId).toBe(taskId);
    expect(error.message).toContain(`resume with providerOptions.ccapi.taskId = '${taskId}'`);
  });

  it('retries a check whose connection drops, then gives up with CCAPITaskPollError', async () => {
    const { taskId } = await startMusic({ model: music.ccapi.musicModel('suno'), prompt: 'x' });
    music.emulator.requests.length = 0;
    const error = await failure(
      generateMusic({
        model: music.ccapi.musicModel('suno'),
        providerOptions: { ccapi: { taskId } },
        headers: { 'x-emulator-fault': 'drop-mid-stream' },
        poll: { ...FAST, pollRetries: 2 },
      }),
    );
    expect(CCAPITaskPollError.isInstance(error)).toBe(true);
    expect(music.emulator.requests.map((request) => request.path)).toEqual(
      Array(3).fill(`/suno/fetch/${taskId}`),
    );
  });

  it('wraps a failed download in CCAPITaskPollError (stage download), also for lazy loads', async () => {
    const eager = await failure(
      generateMusic({
        model: music.ccapi.musicModel('suno'),
        prompt: 'x [expired-url]',
        poll: FAST,
      }),
    );
    expect(CCAPITaskPollError.isInstance(eager)).toBe(true);
    expect((eager as CCAPITaskPollError).stage).toBe('download');
    expect((eager as CCAPITaskPollError).statusCode).toBe(403);
    expect(eager.message).toMatch(
      /To download it again without a new task, resume with providerOptions\.ccapi\.taskId/,
    );

    const lazy = await generateMusic({
      model: music.ccapi.musicModel('suno'),
      prompt: 'x [expired-url]',
      poll: FAST,
      download: 'lazy',
    });
    const error = await failure(lazy.tracks[0]?.audio.load() as Promise<unknown>);
    expect(CCAPITaskPollError.isInstance(error)).toBe(true);
    expect(lazy.tracks[0]?.audio.isLoaded).toBe(false);
  });

  it('turns a status route that keeps failing into CCAPITaskPollError (the task may still run)', async () => {
    const error = await failure(
      generateMusic({
        model: music.ccapi.musicModel('suno'),
        providerOptions: { ccapi: { taskId: 'task_neverexisted' } },
        poll: FAST,
      }),
    );
    expect(CCAPITaskPollError.isInstance(error)).toBe(true);
    expect((error as CCAPITaskPollError).statusCode).toBe(400);
    expect(error.message).toContain(
      "CCAPI has no suno task 'task_neverexisted' (400 task_not_exist)",
    );
  });
});

describe('music error envelopes', () => {
  it('reads a non-2xx task envelope (400 invalid_action)', async () => {
    const error = await failure(
      music.ccapi.music.submit('producer', 'REPLACE', { clip_id: 'c', starts: 10 }, { poll: FAST }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    const apiError = error as APICallError;
    expect(apiError.statusCode).toBe(400);
    expect(apiError.isRetryable).toBe(false);
    expect(apiError.responseBody).toBe(
      '{"code":"invalid_request","message":"invalid_action","data":null}',
    );
    expect(apiError.message).toBe(
      "Submitting the producer REPLACE task failed: CCAPI does not accept the action 'REPLACE' on /producer/submit (400 invalid_action). CCAPI says MUSIC is the only Producer action enabled. Confirmed tokens: suno MUSIC, LYRICS, UPSAMPLE_TAGS; producer MUSIC (REPLACE is documented but not enabled). Check the platform and the token (upper case); inferred tokens are guesses (https://github.com/ccapi-ai/ccapi-ai/blob/main/docs/music.md#action-tokens).",
    );
  });

  it('explains the 400s of an extend without its task and of an empty LYRICS prompt', async () => {
    const extend = await failure(
      generateMusic({
        model: music.ccapi.musicModel('suno'),
        prompt: 'more',
        providerOptions: { ccapi: { continue_clip_id: 'clip-1', continue_at: 10 } },
        maxRetries: 0,
      }),
    );
    expect(APICallError.isInstance(extend)).toBe(true);
    expect((extend as APICallError).statusCode).toBe(400);
    expect(extend.message).toBe(
      'Submitting the suno MUSIC task failed: Extending a clip needs the task that made it (400 "task id is empty"): pass extend: { clipId, taskId } with that task\'s task_… id.',
    );

    const lyrics = await failure(
      music.ccapi.music.submit('suno', 'LYRICS', { prompt: '' }, { maxRetries: 0 }),
    );
    expect((lyrics as APICallError).statusCode).toBe(400);
    expect(lyrics.message).toBe(
      'Submitting the suno LYRICS task failed: CCAPI needs a non-empty prompt for suno LYRICS (400 prompt_empty): pass the prompt option, or a prompt field in the body.',
    );
  });

  it('reads the OpenAI-style auth error (401), never showing the key it was sent', async () => {
    const wrongKey = createCCAPI({ baseURL: music.emulator.baseURL, apiKey: 'sk-wrong-key-0000' });
    const error = await failure(
      generateMusic({ model: wrongKey.musicModel('suno'), prompt: 'x', maxRetries: 0 }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(401);
    expect(error.message).toMatch(
      /^Submitting the suno MUSIC task failed: CCAPI rejected the API key \(401\)\. Check that CCAPI_API_KEY/,
    );
    expect(JSON.stringify(error)).not.toContain('sk-wrong-key-0000');
    expect(error.message).not.toContain('sk-wrong-key-0000');
  });

  it('reads HTTP 200 with a failing code as a refusal', async () => {
    const error = await failure(
      generateMusic({ model: music.ccapi.musicModel('suno'), prompt: 'x [banned]', poll: FAST }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(200);
    expect(error.message).toMatch(
      /^Submitting the suno MUSIC task failed: CCAPI answered HTTP 200 but refused the task \(code "sensitive_words_detected"\): The prompt contains sensitive words/,
    );
  });

  it('retries a retryable submit maxRetries times, then throws the AI SDK RetryError', async () => {
    const error = await failure(
      generateMusic({
        model: music.ccapi.musicModel('suno'),
        prompt: 'x',
        maxRetries: 1,
        headers: { 'x-emulator-fault': 'rate-limit' },
      }),
    );
    expect(RetryError.isInstance(error)).toBe(true);
    const retry = error as RetryError;
    expect(retry.reason).toBe('maxRetriesExceeded');
    expect(retry.errors).toHaveLength(2);
    expect((retry.lastError as APICallError).statusCode).toBe(429);
    expect(
      music.emulator.requests.filter((request) => request.path === '/suno/submit/MUSIC'),
    ).toHaveLength(2);
  });

  it('does not retry with maxRetries: 0 and keeps a 5xx retryable', async () => {
    const error = await failure(
      startMusic({
        model: music.ccapi.musicModel('suno'),
        prompt: 'x',
        maxRetries: 0,
        headers: { 'x-emulator-fault': 'server-error' },
      }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(500);
    expect((error as APICallError).isRetryable).toBe(true);
    expect(music.emulator.requests).toHaveLength(1);
  });

  it('reports a 429 on a status check as a retryable APICallError', async () => {
    const { taskId } = await startMusic({ model: music.ccapi.musicModel('suno'), prompt: 'x' });
    const error = await failure(
      getMusicStatus({
        model: music.ccapi.musicModel('suno'),
        taskId,
        maxRetries: 0,
        headers: { 'x-emulator-fault': 'rate-limit' },
      }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(429);
    expect((error as APICallError).isRetryable).toBe(true);
    expect(error.message).toMatch(
      new RegExp(`^Checking suno task ${taskId} failed: CCAPI rate limit reached \\(429\\)`),
    );
  });
});

describe('the API key', () => {
  it('appears in no error message or serialized error of this file', () => {
    expect(seenErrors.length).toBeGreaterThan(10);
    for (const error of seenErrors) {
      expect(String((error as Error).message)).not.toContain(API_KEY);
      expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(API_KEY);
    }
  });
});
