import { pathToFileURL } from 'node:url';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';

/** The origin the provider calls by default; run blocks reach the emulator instead. */
export const CCAPI_ORIGIN = 'https://api.ccapi.ai';

export interface RunCodeBlockOptions {
  /** Milliseconds the block may take, emulator included. */
  timeoutMs: number;
}

export interface RunCodeBlockResult {
  /** What the block printed (console.log/info/warn/error), for failure messages. */
  output: string[];
}

/**
 * Runs one generated block the way a user's script runs, against a fresh emulator:
 * - `CCAPI_API_KEY` holds the emulator's key;
 * - every request to `https://api.ccapi.ai` (the provider's default base URL) goes to the
 *   emulator instead, so blocks use `ccapi` or `createCCAPI()` exactly as users write them; the
 *   emulator writes that origin into the file URLs it hands out (`publicURL`), so they resolve too;
 * - console output is captured (shown when the block fails, or always with `DOCS_CHECK_PRINT=1`).
 * Throws when the block throws, rejects, or does not finish within the timeout.
 */
export async function runCodeBlock(
  generatedPath: string,
  options: RunCodeBlockOptions,
): Promise<RunCodeBlockResult> {
  // Result URLs (audio, images, videos) are handed out on the same origin, so downloads take the
  // path they take against CCAPI, where such URLs are on public hosts.
  const emulator = await startEmulator({ publicURL: CCAPI_ORIGIN });
  const output: string[] = [];
  const restoreFetch = redirectFetch(emulator);
  const restoreEnv = setEnv({ CCAPI_API_KEY: emulator.apiKey });
  const restoreConsole = captureConsole(output);
  // The AI SDK reports warnings through process.emitWarning; blocks print them when they matter.
  const sdkGlobals = globalThis as { AI_SDK_LOG_WARNINGS?: unknown };
  const logWarnings = sdkGlobals.AI_SDK_LOG_WARNINGS;
  sdkGlobals.AI_SDK_LOG_WARNINGS = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`did not finish within ${options.timeoutMs} ms`)),
        options.timeoutMs,
      );
    });
    await Promise.race([import(pathToFileURL(generatedPath).href), timeout]);
    if (process.env.DOCS_CHECK_PRINT != null) {
      process.stderr.write(`--- ${generatedPath}\n${output.join('\n')}\n`);
    }
    return { output };
  } catch (error) {
    const printed = output.length > 0 ? `\n--- output ---\n${output.join('\n')}` : '';
    throw new Error(`${error instanceof Error ? error.message : String(error)}${printed}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    sdkGlobals.AI_SDK_LOG_WARNINGS = logWarnings;
    restoreConsole();
    restoreEnv();
    restoreFetch();
    await emulator.close();
  }
}

function redirectFetch(emulator: RunningEmulator): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(CCAPI_ORIGIN)) return original(input, init);
    const target = emulator.url + url.slice(CCAPI_ORIGIN.length);
    if (input instanceof Request) return original(new Request(target, input), init);
    return original(target, init);
  }) as typeof fetch;
  return () => {
    globalThis.fetch = original;
  };
}

function setEnv(values: Record<string, string>): () => void {
  const previous = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(values)) {
    previous.set(name, process.env[name]);
    process.env[name] = value;
  }
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

function captureConsole(output: string[]): () => void {
  const originals = CONSOLE_METHODS.map((method) => [method, console[method]] as const);
  for (const method of CONSOLE_METHODS) {
    console[method] = (...args: unknown[]) => {
      output.push(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' '));
    };
  }
  return () => {
    for (const [method, original] of originals) console[method] = original;
  };
}

function inspect(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
