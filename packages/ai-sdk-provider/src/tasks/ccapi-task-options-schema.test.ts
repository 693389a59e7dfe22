import { InvalidArgumentError } from '@ai-sdk/provider';
import { generateImage, experimental_generateVideo as generateVideo } from 'ai';
import { describe, expect, it } from 'vitest';
import { createCCAPI } from '../ccapi-provider';
import { CCAPITaskTimeoutError } from './ccapi-task-timeout-error';

// The polling bounds, through the public API. No request may leave before the options are
// checked, so a provider whose fetch fails the test is enough for the rejections.
const TIMER_LIMIT = 2 ** 31 - 1;

function offlineProvider() {
  const sent: string[] = [];
  const ccapi = createCCAPI({
    baseURL: 'http://127.0.0.1:9/v1',
    apiKey: 'sk-test',
    fetch: async (input) => {
      sent.push(String(input));
      throw new Error('no request may be sent for invalid options');
    },
  });
  return { ccapi, sent };
}

async function rejection(promise: Promise<unknown>): Promise<InvalidArgumentError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(InvalidArgumentError.isInstance(error), String(error)).toBe(true);
  return error as InvalidArgumentError;
}

describe('task polling options are bounded', () => {
  it.each([
    ['pollIntervalMs', 0, /pollIntervalMs: must be at least 10 ms.*Use 10 in tests/],
    ['pollIntervalMs', 9, /pollIntervalMs: must be at least 10 ms/],
    ['maxPollIntervalMs', 0, /maxPollIntervalMs: must be at least 10 ms/],
    [
      'pollIntervalMs',
      TIMER_LIMIT + 1,
      /pollIntervalMs: must be at most 2147483647 ms.*fires at once/,
    ],
    ['maxPollIntervalMs', 2 ** 40, /maxPollIntervalMs: must be at most 2147483647 ms/],
    ['timeoutMs', TIMER_LIMIT + 1, /timeoutMs: must be at most 2147483647 ms.*resume a long task/],
    ['timeoutMs', 0, /timeoutMs/],
  ])('generateVideo rejects providerOptions.ccapi.%s = %d', async (field, value, message) => {
    const { ccapi, sent } = offlineProvider();
    const error = await rejection(
      generateVideo({
        model: ccapi.videoModel('sora-2'),
        prompt: 'x',
        providerOptions: { ccapi: { [field]: value } },
      }),
    );
    expect(error.message).toMatch(message);
    expect(error.message).toContain("Invalid providerOptions.ccapi for model 'sora-2'");
    expect(sent).toEqual([]);
  });

  it('generateImage rejects the same bounds on the task routes (Jimeng, Midjourney)', async () => {
    const { ccapi, sent } = offlineProvider();
    for (const modelId of ['jimeng_t2i_v40', 'midjourney']) {
      const error = await rejection(
        generateImage({
          model: ccapi.imageModel(modelId),
          prompt: 'x',
          providerOptions: { ccapi: { pollIntervalMs: 0, timeoutMs: TIMER_LIMIT + 1 } },
        }),
      );
      expect(error.message).toMatch(/pollIntervalMs: must be at least 10 ms/);
      expect(error.message).toMatch(/timeoutMs: must be at most 2147483647 ms/);
    }
    expect(sent).toEqual([]);
  });

  it('withSettings rejects the same bounds, naming the field and the accepted range', () => {
    const { ccapi } = offlineProvider();
    expect(() => ccapi.videoModel('sora-2').withSettings({ timeoutMs: TIMER_LIMIT + 1 })).toThrow(
      /Invalid settings for CCAPI model 'sora-2': timeoutMs: must be at most 2147483647 ms/,
    );
    expect(() => ccapi.imageModel('midjourney').withSettings({ pollIntervalMs: 0 })).toThrow(
      /Invalid settings for CCAPI model 'midjourney': pollIntervalMs: must be at least 10 ms/,
    );
    expect(() =>
      ccapi.videoModel('sora-2').withSettings({ maxPollIntervalMs: TIMER_LIMIT + 1 }),
    ).toThrow(/maxPollIntervalMs: must be at most 2147483647 ms/);
    // The edges themselves are accepted.
    expect(() =>
      ccapi.videoModel('sora-2').withSettings({
        pollIntervalMs: 10,
        maxPollIntervalMs: TIMER_LIMIT,
        timeoutMs: TIMER_LIMIT,
      }),
    ).not.toThrow();
  });
});

describe('the poll loop yields to the event loop between polls', () => {
  // An in-memory fetch answers without ever touching a timer or socket: if the loop polled again
  // without a real wait (Retry-After: 0), nothing else would run, the timeout timer included.
  // The fetch stops the run after MAX_POLLS so a regression fails here instead of hanging.
  const MAX_POLLS = 500;

  it('Retry-After: 0 still waits on a timer, so timeoutMs fires (in-memory fetch)', async () => {
    let polls = 0;
    let timerTicks = 0;
    const ticker = setInterval(() => {
      timerTicks += 1;
    }, 5);
    const ccapi = createCCAPI({
      baseURL: 'http://memory.test/v1',
      apiKey: 'sk-test',
      fetch: async (input, init) => {
        if (init?.method === 'POST') {
          return Response.json({
            id: 'task_mem',
            task_id: 'task_mem',
            object: 'video',
            model: 'sora-2',
            status: 'queued',
            progress: 0,
            created_at: 0,
          });
        }
        polls += 1;
        if (polls > MAX_POLLS) {
          throw new Error(`polled ${polls} times without the timeout firing: ${String(input)}`);
        }
        return Response.json(
          { code: 'success', message: '', data: { task_id: 'task_mem', status: 'IN_PROGRESS' } },
          { headers: { 'retry-after': '0' } },
        );
      },
    });
    try {
      const started = Date.now();
      const error = await generateVideo({
        model: ccapi.videoModel('sora-2'),
        prompt: 'a kettle',
        providerOptions: { ccapi: { pollIntervalMs: 10, timeoutMs: 120 } },
      }).catch((caught: unknown) => caught);
      expect(CCAPITaskTimeoutError.isInstance(error), String(error)).toBe(true);
      expect((error as CCAPITaskTimeoutError).lastStatus).toBe('running');
      // At least 10 ms between polls: about a dozen in 120 ms, never hundreds.
      expect(polls).toBeGreaterThan(1);
      expect(polls).toBeLessThanOrEqual(20);
      expect(timerTicks).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      clearInterval(ticker);
    }
  }, 10_000);
});
