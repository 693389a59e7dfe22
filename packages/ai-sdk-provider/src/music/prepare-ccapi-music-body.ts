import { InvalidArgumentError } from '@ai-sdk/provider';
import type { CCAPIWarning } from '../shared/ccapi-warning';
import { ccapiDocsUrl } from '../utils/ccapi-docs-url';
import { isRecord } from '../utils/json-record';
import type { CCAPIMusicInputs } from './ccapi-music-call-options';
import type { CCAPIMusicExtend } from './generate-music';

/** The typed inputs of `generateMusic` / `startMusic`, validated. */
export type CCAPIMusicTypedInputs = Omit<CCAPIMusicInputs, 'providerOptions'> & {
  extend?: CCAPIMusicExtend;
};

export interface PreparedCCAPIMusicBody {
  body: Record<string, unknown>;
  warnings: CCAPIWarning[];
}

// Polling settings would reach CCAPI as body fields and be ignored there; the poll would run
// with its defaults. They belong to `poll` (or the model's withSettings).
const POLL_SETTINGS = [
  'pollIntervalMs',
  'maxPollIntervalMs',
  'pollBackoffFactor',
  'timeoutMs',
  'pollRetries',
];
// Options of the functions themselves, which no upstream knows as body fields.
const CALL_OPTIONS = ['modelVersion', 'extend', 'download', 'onProgress', 'poll', 'expect'];

/** Request fields only the Suno dialects use (new-api's `SunoSubmitReq`, MusicAPI's sonic API). */
const SUNO_FIELDS = new Set([
  'gpt_description_prompt',
  'tags',
  'negative_tags',
  'continue_clip_id',
  'continue_at',
  'task_id',
  'custom_mode',
  'customMode',
  'auto_lyrics',
  'vocal_gender',
  'style_weight',
  'weirdness_constraint',
  'audio_weight',
  'persona_id',
  'notify_hook',
  'callBackUrl',
]);
/** Request fields only Producer uses (CCAPI's `style`, the upstream Producer API's). */
const PRODUCER_FIELDS = new Set([
  'style',
  'sound',
  'lyrics',
  'seed',
  'lyrics_strength',
  'sound_strength',
  'weirdness',
]);

/**
 * Reads `providerOptions.ccapi` of a music call: the body fields to pass through, and
 * `taskId` (resume an existing task). Polling settings and the functions' own options are
 * errors here, with where they belong, since CCAPI would silently ignore them.
 */
export function readCCAPIMusicProviderOptions(
  providerOptions: Record<string, unknown> | undefined,
  functionName: string,
): { fields: Record<string, unknown>; resumeTaskId: string | undefined } {
  const raw = providerOptions?.ccapi;
  if (raw == null) return { fields: {}, resumeTaskId: undefined };
  if (!isRecord(raw)) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi',
      message: `providerOptions.ccapi of ${functionName} must be an object of body fields for CCAPI, e.g. { negative_tags: 'metal' }; got ${Array.isArray(raw) ? 'an array' : typeof raw}.`,
    });
  }
  const { taskId, ...fields } = raw;
  for (const key of Object.keys(fields)) {
    if (POLL_SETTINGS.includes(key)) {
      throw new InvalidArgumentError({
        argument: `providerOptions.ccapi.${key}`,
        message: `providerOptions.ccapi.${key} is a polling setting, not a body field: CCAPI would ignore it. Pass it as ${functionName}({ poll: { ${key} } }), or on the model with withSettings({ ${key} }).`,
      });
    }
    if (CALL_OPTIONS.includes(key)) {
      throw new InvalidArgumentError({
        argument: `providerOptions.ccapi.${key}`,
        message: `providerOptions.ccapi.${key} is an option of ${functionName}, not a body field: pass it next to the prompt (${functionName}({ ${key} })).`,
      });
    }
  }
  if (taskId != null && (typeof taskId !== 'string' || taskId.trim().length === 0)) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.ccapi.taskId',
      message: `providerOptions.ccapi.taskId must be the task_… id of an existing task to wait for; got ${JSON.stringify(taskId)}.`,
    });
  }
  return { fields, resumeTaskId: taskId ?? undefined };
}

/**
 * The `MUSIC` body for a platform: the typed inputs under the platform's field names, then the
 * caller's `providerOptions.ccapi` fields as they are (they win). Fields known to belong to the
 * other platform are sent too, with a warning. An id this provider does not know as a platform
 * gets Suno's (new-api's) field names, with a warning.
 */
export function prepareCCAPIMusicBody(input: {
  platform: string;
  inputs: CCAPIMusicTypedInputs;
  fields: Record<string, unknown>;
  functionName: string;
}): PreparedCCAPIMusicBody {
  const { platform, inputs, fields } = input;
  const warnings: CCAPIWarning[] = [];

  if (inputs.extend != null && platform === 'producer') {
    throw new InvalidArgumentError({
      argument: 'extend',
      message: `extend works on Suno only: Producer's extend action token is a guess (EXTEND?) and CCAPI says only MUSIC is enabled on Producer. To try it anyway: ccapi.music.submit('producer', 'EXTEND', { clip_id, … }) (${ccapiDocsUrl('music.md#action-tokens')}).`,
    });
  }

  const typed =
    platform === 'producer'
      ? {
          prompt: inputs.prompt,
          lyrics: inputs.lyrics,
          title: inputs.title,
          style: inputs.style,
          make_instrumental: inputs.instrumental,
          mv: inputs.modelVersion,
        }
      : {
          gpt_description_prompt: inputs.prompt,
          prompt: inputs.lyrics,
          title: inputs.title,
          tags: inputs.style,
          make_instrumental: inputs.instrumental,
          mv: inputs.modelVersion,
          continue_clip_id: inputs.extend?.clipId,
          continue_at: inputs.extend?.at,
          task_id: inputs.extend?.taskId,
        };
  const body = withoutUndefined({ ...typed, ...fields });

  if (platform !== 'suno' && platform !== 'producer') {
    warnings.push({
      type: 'compatibility',
      feature: `music platform '${platform}'`,
      details: `Not a platform this provider knows (suno, producer): the request goes to /${platform}/submit/MUSIC with Suno's field names (gpt_description_prompt, prompt, tags, make_instrumental, mv).`,
    });
  } else {
    const foreign = platform === 'suno' ? PRODUCER_FIELDS : SUNO_FIELDS;
    const other = platform === 'suno' ? 'Producer' : 'Suno';
    for (const key of Object.keys(fields)) {
      if (!foreign.has(key)) continue;
      warnings.push({
        type: 'other',
        message: `providerOptions.ccapi.${key} is a ${other} field; ${platform === 'suno' ? 'Suno' : 'Producer'} is not known to use it. It is sent unchanged.`,
      });
    }
  }

  const content = ['prompt', 'gpt_description_prompt', 'lyrics', 'sound', 'tags', 'style'];
  const hasContent = content.some(
    (key) => typeof body[key] === 'string' && (body[key] as string).trim().length > 0,
  );
  if (!hasContent && body.continue_clip_id == null) {
    throw new InvalidArgumentError({
      argument: 'prompt',
      message: `${input.functionName} needs something to make a song from: a prompt (what the song is about), lyrics, or a style. Nothing was given, so no task was submitted.`,
    });
  }
  return { body, warnings };
}

/** The body of a text action (`LYRICS`, `UPSAMPLE_TAGS`): its one field, then the caller's fields. */
export function prepareCCAPIMusicTextBody(input: {
  platform: string;
  action: 'LYRICS' | 'UPSAMPLE_TAGS';
  field: Record<string, string>;
  fields: Record<string, unknown>;
  functionName: string;
}): PreparedCCAPIMusicBody {
  if (input.platform === 'producer') {
    const hatch =
      input.action === 'LYRICS'
        ? "Producer's lyrics token is a guess (LYRICS?) and CCAPI says only MUSIC is enabled on Producer; to try it: ccapi.music.submit('producer', 'LYRICS', { prompt })"
        : 'Producer has no tag upsampling; use a Suno model';
    throw new InvalidArgumentError({
      argument: 'model',
      message: `${input.functionName} runs on Suno (${input.action}) only. ${hatch} (${ccapiDocsUrl('music.md#action-tokens')}).`,
    });
  }
  const warnings: CCAPIWarning[] =
    input.platform === 'suno'
      ? []
      : [
          {
            type: 'compatibility',
            feature: `music platform '${input.platform}'`,
            details: `Not a platform this provider knows (suno, producer): sent as Suno's ${input.action} request.`,
          },
        ];
  return { body: withoutUndefined({ ...input.field, ...input.fields }), warnings };
}

function withoutUndefined(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}
