import {
  Experimental_AbstractRealtimeSession as AbstractRealtimeSession,
  type Experimental_RealtimeServerEvent as RealtimeServerEvent,
  type Experimental_RealtimeSessionOptions as RealtimeSessionOptions,
  type Experimental_RealtimeState as RealtimeState,
} from 'ai';
import { WebSocket } from 'ws';

/**
 * What the AI SDK's browser realtime runtime needs from a browser, for Node tests: `WebSocket`
 * (the `ws` client, which has the WHATWG event properties) and an `AudioContext` that records
 * what it is asked to play instead of playing it.
 */
export function installRealtimeBrowserGlobals(): {
  playedSamples: Float32Array[];
  restore(): void;
} {
  const globals = globalThis as Record<string, unknown>;
  const saved = { WebSocket: globals.WebSocket, AudioContext: globals.AudioContext };
  const playedSamples: Float32Array[] = [];

  class FakeAudioBufferSource {
    buffer: { samples: Float32Array } | null = null;
    onended: (() => void) | null = null;
    connect() {}
    disconnect() {}
    start() {
      if (this.buffer != null) playedSamples.push(this.buffer.samples);
    }
    stop() {}
  }
  class FakeAudioContext {
    readonly sampleRate: number;
    readonly currentTime = 0;
    readonly state = 'running';
    readonly destination = {};
    onstatechange: (() => void) | null = null;
    constructor(options: { sampleRate?: number } = {}) {
      this.sampleRate = options.sampleRate ?? 24_000;
    }
    createBuffer(_channels: number, length: number, sampleRate: number) {
      const samples = new Float32Array(length);
      return { samples, duration: length / sampleRate, getChannelData: () => samples };
    }
    createBufferSource() {
      return new FakeAudioBufferSource();
    }
    async resume() {}
    async close() {}
  }

  globals.WebSocket = WebSocket;
  globals.AudioContext = FakeAudioContext;
  return {
    playedSamples,
    restore() {
      globals.WebSocket = saved.WebSocket;
      globals.AudioContext = saved.AudioContext;
    },
  };
}

/** The AI SDK session with its state kept in a plain object, and a way to wait for events. */
export class TestRealtimeSession extends AbstractRealtimeSession {
  readonly snapshot: Partial<RealtimeState> = {};
  readonly received: RealtimeServerEvent[] = [];
  readonly errors: Error[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(options: RealtimeSessionOptions) {
    super({
      ...options,
      onEvent: (event) => {
        this.received.push(event);
        options.onEvent?.(event);
        this.wake();
      },
      onError: (error) => {
        this.errors.push(error);
        options.onError?.(error);
        this.wake();
      },
    });
  }

  protected setState<K extends keyof RealtimeState>(key: K, value: RealtimeState[K]): void {
    this.snapshot[key] = value;
    this.wake();
  }

  /** Resolves when the condition holds; fails the test after `timeoutMs`. */
  waitFor(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(
            `Timed out waiting for ${what}; status ${this.snapshot.status}, errors: ${this.errors.map((e) => e.message).join(' | ')}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  count(type: RealtimeServerEvent['type']): number {
    return this.received.filter((event) => event.type === type).length;
  }

  private wake(): void {
    for (const check of [...this.waiters]) check();
  }
}
