import { type EmulatorOptions, type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type CCAPIProvider, createCCAPI } from '../src/ccapi-provider';

// An emulator per test file and a provider pointed at it, for tests that drive the public API.

export interface EmulatorProvider {
  readonly emulator: RunningEmulator;
  readonly ccapi: CCAPIProvider;
  /** The HTTP status of every response the provider received in the current test. */
  readonly statuses: number[];
  /** The JSON body of the `index`-th request the emulator received in the current test. */
  sentBody(index: number): any;
  /** `messages` of the `index`-th request; throws when there is no such request. */
  sentMessages(index: number): any[];
}

/**
 * Starts an emulator for the test file (with `options`) and a provider pointed at it; clears the
 * recorded requests and statuses before each test. Read the fields inside tests (they exist after
 * `beforeAll`).
 */
export function useEmulatorProvider(options: EmulatorOptions = {}): EmulatorProvider {
  let emulator: RunningEmulator | undefined;
  let ccapi: CCAPIProvider | undefined;
  let statuses: number[] = [];

  beforeAll(async () => {
    emulator = await startEmulator(options);
    ccapi = createCCAPI({
      baseURL: emulator.baseURL,
      apiKey: emulator.apiKey,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      },
    });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(() => {
    if (emulator != null) emulator.requests.length = 0;
    statuses = [];
  });

  const handle: EmulatorProvider = {
    get emulator() {
      if (emulator == null) throw new Error('the emulator starts in beforeAll');
      return emulator;
    },
    get ccapi() {
      if (ccapi == null) throw new Error('the provider is created in beforeAll');
      return ccapi;
    },
    get statuses() {
      return statuses;
    },
    sentBody: (index) => handle.emulator.requests[index]?.body,
    sentMessages: (index) => {
      const body = handle.sentBody(index) as { messages?: any[] } | undefined;
      if (body?.messages == null) throw new Error(`no request #${index} with messages`);
      return body.messages;
    },
  };
  return handle;
}
