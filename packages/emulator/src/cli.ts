import { parseArgs } from 'node:util';
import {
  EMULATOR_MUSIC_DATA_SHAPES,
  type EmulatorMusicDataShape,
  isEmulatorMusicDataShape,
} from './media/music-data-shape';
import { startEmulator } from './start-emulator';

// Injected by tsup at build time; source runs fall back to a marker version.
declare const __PACKAGE_VERSION__: string | undefined;
const VERSION = typeof __PACKAGE_VERSION__ !== 'undefined' ? __PACKAGE_VERSION__ : '0.0.0-dev';

const USAGE = `Usage: ccapi-emulator [options]

A local CCAPI over real HTTP, for testing apps built on @ccapi/ai-sdk-provider.

Options:
  --port <n>            Port to listen on (default 4010; 0 = any free port)
  --host <host>         Host to bind (default 127.0.0.1)
  --api-key <key>       API key to accept (default sk-ccapi-emulator)
  --chunk-delay <ms>    Delay between streamed chunks (default 0)
  --task-duration <ms>  Time a media task takes to complete (default 30)
  --stall-ms <ms>       How long the "stall" fault holds a connection (default 30000)
  --accept-unknown-models
                        Answer model ids the catalog does not list (default: 503
                        model_not_found, as CCAPI answers them)
  --music-shape <shape> Inner data shape of music tasks: classic, camel, musicapi,
                        producer or site-a (default: classic for Suno, producer for Producer)
  --log                 Log each request to stderr
  -h, --help            Show this help
  -v, --version         Show the version
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'api-key': { type: 'string' },
      'chunk-delay': { type: 'string' },
      'task-duration': { type: 'string' },
      'stall-ms': { type: 'string' },
      'accept-unknown-models': { type: 'boolean' },
      'music-shape': { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }

  const emulator = await startEmulator({
    port: readNumber('--port', values.port) ?? 4010,
    host: values.host,
    apiKey: values['api-key'],
    chunkDelayMs: readNumber('--chunk-delay', values['chunk-delay']),
    taskDurationMs: readNumber('--task-duration', values['task-duration']),
    stallMs: readNumber('--stall-ms', values['stall-ms']),
    acceptUnknownModels: values['accept-unknown-models'],
    musicDataShape: readMusicShape(values['music-shape']),
    log: values.log,
  });
  process.stdout.write(
    [
      `CCAPI emulator ${VERSION} listening on ${emulator.url}`,
      `  baseURL: ${emulator.baseURL}`,
      `  apiKey:  ${emulator.apiKey}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** A non-negative integer option, or undefined when absent; anything else is a usage error. */
function readNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new UsageError(`${flag} expects a non-negative integer, got "${value}"`);
  }
  return number;
}

/** A music data shape, or undefined when absent; anything else is a usage error. */
function readMusicShape(value: string | undefined): EmulatorMusicDataShape | undefined {
  if (value === undefined) return undefined;
  if (!isEmulatorMusicDataShape(value)) {
    throw new UsageError(
      `--music-shape expects one of ${EMULATOR_MUSIC_DATA_SHAPES.join(', ')}, got "${value}"`,
    );
  }
  return value;
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ccapi-emulator: ${message}\n`);
  // parseArgs reports unknown flags with ERR_PARSE_ARGS_* codes: also a usage error.
  const isUsage =
    error instanceof UsageError ||
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  if (isUsage) process.stderr.write(`\n${USAGE}`);
  process.exit(isUsage ? 2 : 1);
});
