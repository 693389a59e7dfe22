import { InvalidArgumentError } from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import {
  type CCAPITaskModelSettings,
  validateCCAPITaskModelSettings,
} from '../tasks/ccapi-task-model-settings';
import {
  type CCAPIMusicModelId,
  type CCAPIMusicPlatform,
  readCCAPIMusicModelId,
} from './ccapi-music-model-id';

const marker = Symbol.for('ccapi.music.model');

/** What the music functions read from a model; not part of the public API. */
export interface CCAPIMusicModelInternals {
  config: CCAPIConfig;
  settings: CCAPITaskModelSettings;
}

const internals = new WeakMap<object, CCAPIMusicModelInternals>();

/**
 * A CCAPI music model: which platform makes the music, plus per-model polling settings. It holds
 * no code of its own: pass it to `generateMusic`, `startMusic`, `getMusicStatus`,
 * `generateLyrics` or `upsampleMusicTags`, which load the music implementation on first use.
 *
 * ```ts
 * const model = ccapi.musicModel('suno').withSettings({ onProgress: (e) => console.log(e.progress) });
 * ```
 */
export class CCAPIMusicModel {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker the music functions check.
  private readonly [marker] = true;
  /** The provider id, `ccapi.music`. */
  readonly provider: string;
  /** The platform path segment: `suno`, `producer`, or the id you gave. */
  readonly platform: CCAPIMusicPlatform;
  /** The model version the id names (`suno/chirp-v5`), used when a call gives none. */
  readonly modelVersion: string | undefined;

  constructor(
    readonly modelId: CCAPIMusicModelId,
    config: CCAPIConfig,
    settings: CCAPITaskModelSettings = {},
  ) {
    const read = typeof modelId === 'string' ? readCCAPIMusicModelId(modelId) : undefined;
    if (read == null || !/^[a-z0-9_-]+$/.test(read.platform)) {
      throw new InvalidArgumentError({
        argument: 'modelId',
        message: `Invalid music model id ${JSON.stringify(modelId)}: it names the CCAPI platform ('suno' or 'producer', or a catalog id such as 'suno_music' or 'suno/chirp-v5') and the platform becomes a path segment, so it may hold only letters, digits, '-' and '_'. Choose the Suno model version with the modelVersion option (e.g. 'chirp-crow').`,
      });
    }
    this.provider = config.provider;
    this.platform = read.platform;
    this.modelVersion = read.modelVersion;
    internals.set(this, { config, settings });
  }

  /**
   * The same model with a progress listener and/or polling defaults (`pollIntervalMs`,
   * `maxPollIntervalMs`, `pollBackoffFactor`, `timeoutMs`, `pollRetries`); a call's `poll` and
   * `onProgress` win over them.
   */
  withSettings(settings: CCAPITaskModelSettings): CCAPIMusicModel {
    const current = readCCAPIMusicModelInternals(this);
    return new CCAPIMusicModel(this.modelId, current.config, {
      ...current.settings,
      ...validateCCAPITaskModelSettings(settings, this.modelId),
    });
  }

  /** True for a `CCAPIMusicModel`, also from another copy of this package. */
  static isInstance(value: unknown): value is CCAPIMusicModel {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[marker] === true
    );
  }
}

/**
 * The config and settings of a music model. A value that is not a `CCAPIMusicModel` of this
 * package copy throws `InvalidArgumentError` saying how to make one.
 */
export function readCCAPIMusicModelInternals(model: unknown): CCAPIMusicModelInternals {
  const found = typeof model === 'object' && model !== null ? internals.get(model) : undefined;
  if (found != null) return found;
  throw new InvalidArgumentError({
    argument: 'model',
    message: CCAPIMusicModel.isInstance(model)
      ? 'This music model was made by another copy of @ccapi/ai-sdk-provider; use the generateMusic/getMusicStatus functions of the same copy as ccapi.musicModel(…). Deduplicate the package (npm ls @ccapi/ai-sdk-provider).'
      : `Expected a CCAPI music model such as ccapi.musicModel('suno'), got ${describeValue(model)}. Music functions do not take model id strings: create the model with ccapi.musicModel('suno') or ccapi.musicModel('producer').`,
  });
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the string '${value}'`;
  if (value == null) return String(value);
  if (typeof value === 'object' && 'modelId' in value) {
    return `a model with id '${String((value as { modelId: unknown }).modelId)}' that is not a music model`;
  }
  return typeof value;
}
