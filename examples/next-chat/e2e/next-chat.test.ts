/**
 * Browser tests for examples/next-chat, against the real app and a real (local) CCAPI.
 *
 * How the app is built and started:
 * - `e2e/global-setup.ts` runs `next build` once per test run, into its own distDir
 *   `test-results/next-build` (gitignored), so it never races a `next build`/`next dev` in `.next`.
 *   It skips the build when that output is newer than every input (app, lib, config, the provider's
 *   `src`, the lockfile); `NEXT_CHAT_E2E_BUILD=always` forces it. Nothing needs to be built first:
 *   next.config.ts compiles the provider from source. A clean clone needs only
 *   `pnpm install` and Debian's Chromium (`apt-get install -y chromium`, or `CHROMIUM_PATH`).
 * - `beforeAll` starts `@ccapi/emulator` in-process on a free loopback port and `next start` on
 *   another, with `CCAPI_BASE_URL`/`CCAPI_API_KEY` pointing at the emulator, then launches Chromium
 *   through `playwright-core` (`executablePath`, `--no-sandbox`, headless).
 * - The rejected-key and missing-key tests each start one more `next start` (wrong key; no key and
 *   an unresolvable `.invalid` base URL). Balance and rate-limit errors are played by the emulator
 *   through the app's "Simulate" picker (header `x-emulator-fault`).
 * - The emulator lists one extra model (`extraModels`), so the picker test can tell a picker filled
 *   from the catalog (`/api/models`) from the built-in fallback list.
 * - Reasoning cases for the chat-completions brands are skipped, with the reason in the test
 *   name, when the emulator has no dialect for the brand (probed at load time).
 * - `afterAll` closes the browser, the servers and the emulator, whatever failed.
 *
 * Screenshots and server logs land in `test-results/` (gitignored). Never touches the live API.
 *
 * Run: `pnpm vitest run --project next-chat` from the repo root, or `pnpm test:e2e` here: about
 * 35 s of tests, plus 15-70 s for the build on 2 cores when an input changed.
 */
import { join } from 'node:path';
import { EMULATOR_API_KEY, type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_PATH,
  ensureResultsDir,
  RESULTS_DIR,
  type RunningNextApp,
  startNextApp,
} from './next-chat-harness';

const UI_TIMEOUT = 20_000;
const WRONG_KEY = 'sk-e2e-wrong-key-4f1d2c';
// A 1x1 PNG.
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

// A model only this test's emulator lists: seeing it in the picker proves the picker reads the
// catalog. It has no price, so its answers show usage without a cost.
const CATALOG_ONLY_MODEL = {
  id: 'e2e-catalog-model',
  object: 'model',
  owned_by: 'acme',
  supported_endpoint_types: ['openai'],
  provider: { name: 'acme', display_name: 'Acme E2E' },
  ccapi: { display_name: 'E2E Catalog Model', type: 'chat' },
};

const REASONING_CASES: Array<{ model: string; label: string; dialect?: string }> = [
  { model: 'claude-sonnet-4-6', label: 'Claude Sonnet 4.6' },
  { model: 'gemini-2.5-flash', label: 'Gemini 2.5 Flash', dialect: 'gemini' },
  { model: 'deepseek-v3.2', label: 'DeepSeek V3.2', dialect: 'deepseek' },
  { model: 'glm-5', label: 'GLM-5', dialect: 'glm' },
  { model: 'minimax-m2.5', label: 'MiniMax M2.5', dialect: 'minimax' },
];

// Which chat-completions brands the emulator can already answer with reasoning: asked from the
// emulator itself, so the skipped cases start running as soon as their dialect lands.
const reasoningDialects = await probeReasoningDialects(REASONING_CASES);

let emulator: RunningEmulator;
let app: RunningNextApp;
let browser: Browser;

beforeAll(async () => {
  ensureResultsDir();
  // A small delay between chunks, so the browser can see text while it streams.
  emulator = await startEmulator({ chunkDelayMs: 20, extraModels: [CATALOG_ONLY_MODEL] });
  app = await startNextApp({
    name: 'emulator',
    baseURL: emulator.baseURL,
    apiKey: emulator.apiKey,
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--headless'],
    timeout: 30_000,
  });
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), app?.close()]);
  await emulator?.close();
});

describe('next-chat in the browser', () => {
  it('shows the local emulator badge and an empty chat with suggestions', async () => {
    await withPage('empty', async (page) => {
      await page.goto(app.url);
      const badge = page.getByTestId('mode-badge');
      expect(await badge.textContent()).toContain('Local emulator');
      expect(
        await page.getByRole('button', { name: 'What is the weather in Berlin?' }).count(),
      ).toBe(1);
      // The key never reaches the page.
      expect(await page.content()).not.toContain(EMULATOR_API_KEY);
    });
  });

  it('streams an answer, shows the tool call with its result and the usage', async () => {
    await withPage('tool-call', async (page) => {
      await page.goto(app.url);
      await recordStreamedText(page);
      const requestBody = captureChatRequest(page);
      await sendMessage(page, 'What is the weather in Berlin?');

      const tool = page.locator('[data-testid=tool-call][data-tool=weather]');
      await tool.locator('[data-testid=tool-output]').waitFor({ timeout: UI_TIMEOUT });
      expect(await tool.getAttribute('data-state')).toBe('output-available');
      expect(await tool.textContent()).toContain('Berlin');

      await waitForIdle(page);
      const answer = await assistantText(page);
      expect(answer).toContain('weather');
      expect(answer).toContain('Berlin');
      // The answer appeared piece by piece while the message was still streaming. (How many
      // pieces the browser renders depends on load, so one partial state is proof enough.)
      const seen = await streamedTextLengths(page);
      expect(seen.some((length) => length > 0 && length < answer.length)).toBe(true);
      expect(await page.getByTestId('usage').textContent()).toMatch(/\d+ in · \d+ out/);
      // GPT-5 has a price in the catalog, so the answer shows its estimated cost.
      expect(await page.getByTestId('cost').textContent()).toMatch(
        /^ · ≈ \$0\.0*[1-9]\d* \(estimate\)$/,
      );
      expect(await requestBody).toMatchObject({ model: 'gpt-5', reasoning: 'default' });
    });
  });

  it('fills the model picker from the catalog through a server route', async () => {
    // The route answers the browser without the key.
    const catalog = await (await fetch(`${app.url}/api/models`)).text();
    expect(catalog).not.toContain(EMULATOR_API_KEY);
    expect(JSON.parse(catalog)).toMatchObject({ source: 'catalog' });

    await withPage('catalog-picker', async (page) => {
      await page.goto(app.url);
      await page.locator('[data-testid=model-picker][data-source=catalog]').waitFor();
      const options = await page
        .locator('[data-testid=model-picker] option')
        .evaluateAll((elements) => elements.map((element) => (element as HTMLOptionElement).value));
      // Every chat model of the catalog, none of its other types.
      expect(options).toEqual(
        expect.arrayContaining(['gpt-5', 'claude-opus-4-6', 'glm-4.7', 'e2e-catalog-model']),
      );
      expect(options).not.toContain('text-embedding-3-small');
      expect(options).not.toContain('tts-1');
      expect(
        await page.locator('[data-testid=model-picker] optgroup[label="Acme E2E"]').count(),
      ).toBe(1);

      await page.getByTestId('model-picker').selectOption('e2e-catalog-model');
      emulator.requests.length = 0;
      await sendMessage(page, 'What is the weather in Lima?');
      await waitForIdle(page);
      const upstream = emulator.requests.find((request) => request.path === '/v1/chat/completions');
      expect((upstream?.body as { model?: string } | undefined)?.model).toBe('e2e-catalog-model');
      expect(
        await page.locator('[data-testid=message-assistant] .message-role').textContent(),
      ).toBe('E2E Catalog Model');
      // No price in the catalog: usage, but no cost.
      expect(await page.getByTestId('usage').textContent()).toMatch(/\d+ in/);
      expect(await page.getByTestId('cost').count()).toBe(0);
    });
  });

  it('runs both tools in one multi-step turn', async () => {
    await withPage('two-tools', async (page) => {
      await page.goto(app.url);
      await sendMessage(page, 'Get the weather in Paris and use the calculator on 12 and 30.');
      await waitForIdle(page);
      const calculator = page.locator('[data-testid=tool-call][data-tool=calculator]');
      expect(await calculator.getAttribute('data-state')).toBe('output-available');
      expect(await calculator.locator('[data-testid=tool-output]').textContent()).toContain(
        '"result": 42',
      );
      expect(
        await page.locator('[data-testid=tool-call][data-tool=weather]').getAttribute('data-state'),
      ).toBe('output-available');
      expect(await assistantText(page)).toContain('calculator');
    });
  });

  it('sends the picked brand and reasoning level with each request', async () => {
    await withPage('switch-brand', async (page) => {
      await page.goto(app.url);
      await page.getByTestId('model-picker').selectOption('glm-5');
      await page.getByTestId('reasoning-picker').selectOption('low');
      const requestBody = captureChatRequest(page);
      emulator.requests.length = 0;
      await sendMessage(page, 'What is the weather in Oslo?');
      await waitForIdle(page);

      expect(await requestBody).toMatchObject({ model: 'glm-5', reasoning: 'low' });
      const upstream = emulator.requests.find((request) => request.path === '/v1/chat/completions');
      expect((upstream?.body as { model?: string } | undefined)?.model).toBe('glm-5');
      expect(
        await page.locator('[data-testid=message-assistant] .message-role').textContent(),
      ).toBe('GLM-5');
      expect(await assistantText(page)).toContain('Oslo');
    });
  });

  // Claude goes to CCAPI's native Messages route; the others speak chat completions, where each
  // needs its emulator dialect (Gemini/DeepSeek/GLM `reasoning_content`, MiniMax `<think>` or
  // `reasoning_details`). A case whose dialect is missing is skipped and says so in its name.
  describe.each(REASONING_CASES)('reasoning from $label', ({ model, label, dialect }) => {
    const missing = dialect !== undefined && !reasoningDialects.has(dialect);
    it.skipIf(missing)(
      missing
        ? `streams into a collapsible panel [SKIPPED: the emulator has no ${dialect} chat dialect that streams reasoning yet]`
        : 'streams into a collapsible panel that folds once the answer is there',
      async () => {
        await withPage(`reasoning-${dialect ?? 'claude'}`, async (page) => {
          await page.goto(app.url);
          await page.getByTestId('model-picker').selectOption(model);
          await page.getByTestId('reasoning-picker').selectOption('high');
          await recordReasoningPanels(page);
          await sendMessage(page, 'Is it warm enough for a picnic in Lisbon? Check the weather.');
          await waitForIdle(page);

          // The panel was open while the model was thinking…
          expect(await sawOpenStreamingPanel(page)).toBe(true);
          const panel = page.getByTestId('reasoning-panel').first();
          expect(await panel.textContent()).toMatch(/weather/i);
          // …and is folded now; the reader can open it again.
          expect(await panel.getAttribute('data-state')).toBe('done');
          expect(await isOpen(panel)).toBe(false);
          await panel.locator('summary').click();
          expect(await isOpen(panel)).toBe(true);
          expect(
            await page.locator('[data-testid=message-assistant] .message-role').textContent(),
          ).toBe(label);
          expect(await assistantText(page)).toContain('Lisbon');
        });
      },
    );
  });

  it('sends an attached image to a vision model', async () => {
    await withPage('image', async (page) => {
      await page.goto(app.url);
      emulator.requests.length = 0;
      await page.getByTestId('file-input').setInputFiles({
        name: 'pixel.png',
        mimeType: 'image/png',
        buffer: PIXEL_PNG,
      });
      await page.getByTestId('attachments').waitFor({ timeout: UI_TIMEOUT });
      await sendMessage(page, 'What colour is this pixel?');
      await waitForIdle(page);

      expect(await page.locator('[data-testid=message-user] img').count()).toBe(1);
      const upstream = emulator.requests.find((request) => request.path === '/v1/chat/completions');
      expect(JSON.stringify(upstream?.body)).toMatch(/data:image\/png;base64,iVBOR/);
    });
  });

  it('shows a readable message when CCAPI rejects the key, without leaking it', async () => {
    const wrongKeyApp = await startNextApp({
      name: 'wrong-key',
      baseURL: emulator.baseURL,
      apiKey: WRONG_KEY,
    });
    try {
      await withPage('error-bad-key', async (page) => {
        await page.goto(wrongKeyApp.url);
        await sendMessage(page, 'Hello?');
        const message = await errorText(page);
        expect(message).toMatch(/rejected the API key/i);
        expect(message).toContain('CCAPI_API_KEY');
        expect(await page.content()).not.toContain(WRONG_KEY);
      });
    } finally {
      await wrongKeyApp.close();
    }
  });

  it('says how to fix a missing key instead of failing silently', async () => {
    // `.invalid` never resolves, so even a bug could not reach a real server.
    const noKeyApp = await startNextApp({ name: 'no-key', baseURL: 'https://ccapi.invalid/v1' });
    try {
      await withPage('error-no-key', async (page) => {
        await page.goto(noKeyApp.url);
        expect(await page.getByTestId('mode-badge').textContent()).toContain('No API key');
        await sendMessage(page, 'Hello?');
        const message = await errorText(page);
        expect(message).toMatch(/API key is missing/i);
        expect(message).toContain('CCAPI_API_KEY');
      });
    } finally {
      await noKeyApp.close();
    }
  });

  it('shows the balance error, then recovers on retry', async () => {
    await withPage('error-balance', async (page) => {
      await page.goto(app.url);
      await page.getByTestId('simulate-picker').selectOption('insufficient-balance');
      await sendMessage(page, 'What is the weather in Rome?');
      expect(await errorText(page)).toMatch(/balance is insufficient/i);

      await page.getByTestId('simulate-picker').selectOption('');
      await page.getByRole('button', { name: 'Retry' }).click();
      await waitForIdle(page);
      expect(await page.getByTestId('chat-error').count()).toBe(0);
      expect(await assistantText(page)).toContain('Rome');
    });
  });

  it('shows the rate-limit error after the SDK gives up retrying', async () => {
    await withPage('error-rate-limit', async (page) => {
      await page.goto(app.url);
      await page.getByTestId('simulate-picker').selectOption('rate-limit');
      await sendMessage(page, 'What is the weather in Madrid?');
      // The emulator sends `Retry-After: 1`; the AI SDK retries twice, then reports.
      expect(await errorText(page)).toMatch(/rate limit/i);
    });
  });
});

/** Opens a fresh page, runs `body`, always saves a screenshot, and fails on page errors. */
async function withPage(name: string, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await body(page);
  } finally {
    await page
      .screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true })
      .catch(() => undefined);
    await context.close();
  }
  expect(pageErrors).toEqual([]);
}

async function sendMessage(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('chat-input');
  await input.fill(text);
  await input.press('Enter');
}

/**
 * Records, in the page, the length of the last assistant message's text at every DOM change while
 * that message streams. Polling from the test could miss a short stream; an observer cannot.
 */
async function recordStreamedText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const lengths: number[] = [];
    (window as unknown as { __streamedTextLengths: number[] }).__streamedTextLengths = lengths;
    new MutationObserver(() => {
      const messages = document.querySelectorAll('[data-testid=message-assistant]');
      const last = messages[messages.length - 1];
      if (last?.getAttribute('data-streaming') !== 'true') return;
      const text = [...last.querySelectorAll('[data-testid=text-part]')]
        .map((part) => part.textContent ?? '')
        .join('\n');
      if (lengths[lengths.length - 1] !== text.length) lengths.push(text.length);
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

/** Records whether a reasoning panel was ever open while its reasoning streamed. */
async function recordReasoningPanels(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { sawOpenStreamingPanel: false };
    (window as unknown as { __reasoning: typeof state }).__reasoning = state;
    new MutationObserver(() => {
      for (const panel of document.querySelectorAll('[data-testid=reasoning-panel]')) {
        if (
          panel.getAttribute('data-state') === 'streaming' &&
          (panel as HTMLDetailsElement).open
        ) {
          state.sawOpenStreamingPanel = true;
        }
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

async function sawOpenStreamingPanel(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      (window as unknown as { __reasoning: { sawOpenStreamingPanel: boolean } }).__reasoning
        .sawOpenStreamingPanel,
  );
}

async function isOpen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => (element as HTMLDetailsElement).open);
}

async function streamedTextLengths(page: Page): Promise<number[]> {
  return page.evaluate(
    () => (window as unknown as { __streamedTextLengths: number[] }).__streamedTextLengths,
  );
}

/** Resolves with the JSON body of the next POST /api/chat the page sends. */
function captureChatRequest(page: Page): Promise<unknown> {
  return page
    .waitForRequest((request) => request.url().endsWith('/api/chat') && request.method() === 'POST')
    .then((request) => request.postDataJSON());
}

/** Waits until the chat is idle again (answer finished, or an error shown). */
async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('main')?.getAttribute('data-status');
      return status === 'ready' || status === 'error';
    },
    undefined,
    { timeout: UI_TIMEOUT, polling: 100 },
  );
  expect(await page.locator('main').getAttribute('data-status')).toBe('ready');
}

async function assistantText(page: Page): Promise<string> {
  const parts = await page
    .locator('[data-testid=message-assistant]')
    .last()
    .locator('[data-testid=text-part]')
    .allTextContents();
  return parts.join('\n');
}

async function errorText(page: Page): Promise<string> {
  const alert = page.getByTestId('chat-error');
  await alert.waitFor({ timeout: UI_TIMEOUT });
  return (await alert.textContent()) ?? '';
}

async function probeReasoningDialects(
  cases: Array<{ model: string; dialect?: string }>,
): Promise<Set<string>> {
  const found = new Set<string>();
  const probe = await startEmulator();
  try {
    for (const { model, dialect } of cases) {
      if (dialect === undefined) continue;
      const response = await fetch(`${probe.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${probe.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          model,
          messages: [{ role: 'user', content: 'Why is the sky blue?' }],
          // Each brand's own thinking switch, as CCAPI relays it.
          ...(dialect === 'gemini'
            ? { extra_body: { google: { thinking_config: { include_thoughts: true } } } }
            : { thinking: { type: 'enabled' }, reasoning_effort: 'high' }),
        }),
      }).catch(() => undefined);
      const body = (await response?.text().catch(() => '')) ?? '';
      if (
        response?.headers.get('x-emulator-dialect') === dialect &&
        /reasoning_content|reasoning_details|<think>/.test(body)
      ) {
        found.add(dialect);
      }
    }
  } finally {
    await probe.close();
  }
  return found;
}
