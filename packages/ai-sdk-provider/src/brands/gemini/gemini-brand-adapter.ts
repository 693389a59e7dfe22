import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import type { CCAPIBrandAdapter } from '../../chat/ccapi-brand-adapter';
import type { CCAPIChatRequestBody } from '../../chat/ccapi-chat-api';
import { asRecord } from '../../utils/json-record';
import { collectReasoningDetails } from '../collect-reasoning-details';
import {
  type CCAPILanguageModelGeminiChatOptions,
  geminiChatOptionsSchema,
} from './gemini-chat-options';

/**
 * Gemini on CCAPI's chat-completions route (2026-12-03-wire-rules.md#gemini, 2026-12-03-wire-rules.md#gemini-on-the-chat-relay).
 *
 * - Thinking is configured only through `extra_body.google.thinking_config` (snake_case), a
 *   literal top-level `extra_body` key: new-api ignores `reasoning_effort` for Gemini unless an
 *   admin enabled its thinking adapter. Gemini 3 takes `thinking_level`, 2.5 `thinking_budget`;
 *   the two are never sent together (400).
 * - Tool calls arrive whole, without `index` (or with per-chunk indexes on old relay builds),
 *   and `finish_reason` may say `stop` after tool calls: the core assembles them by id.
 * - `extra_content.google.thought_signature` on a tool call is stored per call by the core and
 *   sent back on that call only (Gemini 3 pass-through routes answer 400 without it).
 * - `reasoning_details` from gateway-style upstreams go back verbatim.
 */
export const geminiBrandAdapter: CCAPIBrandAdapter = {
  brand: 'gemini',
  optionsSchema: geminiChatOptionsSchema,

  prepareRequest({ body, callOptions, options: rawOptions, normalizedModelId: id, warnings }) {
    const options = rawOptions as CCAPILanguageModelGeminiChatOptions;
    limitStopSequences(body, warnings);

    const profile = geminiThinkingProfile(id);
    const explicit =
      options.thinkingBudget != null ||
      options.thinkingLevel != null ||
      options.includeThoughts != null;

    if (body.reasoning_effort != null) {
      // Google answers 400 when reasoning_effort and a thinking config come together, so no
      // config is added to a raw reasoning_effort.
      warnings.push({
        type: 'unsupported',
        feature: 'providerOptions.ccapi.reasoningEffort',
        details: `CCAPI's Gemini relay ignores reasoning_effort unless its admin enabled the thinking adapter; no thinking_config was added (Google rejects both together). Use the reasoning option or thinkingBudget / thinkingLevel.`,
      });
      return;
    }

    if (profile.mode === 'none') {
      const level = callOptions.reasoning;
      if (explicit || (level != null && level !== 'provider-default' && level !== 'none')) {
        warnings.push({
          type: 'unsupported',
          feature: 'reasoning',
          details: `${id} does not think; the thinking settings were not sent.`,
        });
      }
      return;
    }

    const config =
      options.thinkingBudget != null || options.thinkingLevel != null
        ? configFromOptions(options, profile, id, warnings)
        : configFromReasoning(callOptions.reasoning, profile, id, warnings);
    if (options.includeThoughts != null) config.include_thoughts = options.includeThoughts;
    if (Object.keys(config).length === 0) return;

    if (options.extraBody?.extra_body != null) {
      warnings.push({
        type: 'compatibility',
        feature: 'providerOptions.ccapi.extraBody.extra_body',
        details:
          'extraBody.extra_body replaces the whole extra_body, including the thinking_config built from reasoning / thinkingBudget / thinkingLevel.',
      });
    }
    const extra = asRecord(body.extra_body) ?? {};
    const google = asRecord(extra.google) ?? {};
    body.extra_body = { ...extra, google: { ...google, thinking_config: config } };
  },

  prepareAssistantMessage({ message, reasoningMetadata, options }) {
    // Tool-call signatures travel per call as `extra_content` (the core writes them). CCAPI's
    // relay ignores reasoning on input and drops unknown fields; gateway-style upstreams
    // (Vercel AI Gateway, OpenRouter) want the `reasoning_details` they sent back verbatim.
    if (options.sendReasoning === false) return;
    const details = collectReasoningDetails(reasoningMetadata);
    if (details.length > 0) message.reasoning_details = details;
  },
};

type ThinkingLevel = 'minimal' | 'low' | 'medium' | 'high';

/** `extra_body.google.thinking_config` as the relay reads it (snake_case). */
export interface GeminiThinkingConfig {
  thinking_budget?: number;
  thinking_level?: ThinkingLevel;
  include_thoughts?: boolean;
}

export interface GeminiThinkingProfile {
  /** `level` for Gemini 3+, `budget` for 2.5 (and unversioned aliases), `none` for the rest. */
  mode: 'level' | 'budget' | 'none';
  /** Levels the model accepts (level mode). */
  levels: ReadonlySet<ThinkingLevel>;
  /** Budget bounds; `canDisable` = whether 0 turns thinking off. */
  budget: { min: number; max: number; canDisable: boolean };
}

const ALL_LEVELS: ReadonlySet<ThinkingLevel> = new Set(['minimal', 'low', 'medium', 'high']);
const PRO_LEVELS: ReadonlySet<ThinkingLevel> = new Set(['low', 'high']);
const PRO_BUDGET = { min: 128, max: 32768, canDisable: false };
const FLASH_BUDGET = { min: 0, max: 24576, canDisable: true };
const FLASH_LITE_BUDGET = { min: 512, max: 24576, canDisable: true };

/** Budgets for the AI SDK levels on 2.5 models (Google's compat layer: ~1K / 8K / 24K). */
const LEVEL_BUDGETS: Record<ThinkingLevel, number> = {
  minimal: 512,
  low: 1024,
  medium: 8192,
  high: 24576,
};

/** What thinking settings a Gemini model id accepts. */
export function geminiThinkingProfile(id: string): GeminiThinkingProfile {
  const budgetFor = (name: string) =>
    name.includes('flash-lite')
      ? FLASH_LITE_BUDGET
      : name.includes('pro')
        ? PRO_BUDGET
        : FLASH_BUDGET;
  if (id.startsWith('gemma')) return { mode: 'none', levels: new Set(), budget: FLASH_BUDGET };
  const version = /^gemini-(\d+)(?:\.(\d+))?/.exec(id);
  if (version == null) {
    // Aliases (gemini-flash-latest, gemini-pro-latest, …): budgets work on 2.5 and 3.
    return { mode: 'budget', levels: new Set(), budget: budgetFor(id) };
  }
  const major = Number(version[1]);
  const minor = Number(version[2] ?? 0);
  if (major >= 3) {
    const threePro = major === 3 && minor === 0 && id.includes('pro');
    return {
      mode: 'level',
      levels: threePro ? PRO_LEVELS : ALL_LEVELS,
      budget: id.includes('pro') ? PRO_BUDGET : { ...FLASH_BUDGET, canDisable: false },
    };
  }
  if (major === 2 && minor === 5 && !id.includes('-image')) {
    return { mode: 'budget', levels: new Set(), budget: budgetFor(id) };
  }
  return { mode: 'none', levels: new Set(), budget: FLASH_BUDGET };
}

function configFromReasoning(
  level: LanguageModelV4CallOptions['reasoning'],
  profile: GeminiThinkingProfile,
  id: string,
  warnings: SharedV4Warning[],
): GeminiThinkingConfig {
  if (level == null || level === 'provider-default') return {};

  if (level === 'none') {
    if (profile.mode === 'budget' && profile.budget.canDisable) {
      return { thinking_budget: 0, include_thoughts: false };
    }
    const fallback: GeminiThinkingConfig =
      profile.mode === 'level'
        ? { thinking_level: profile.levels.has('minimal') ? 'minimal' : 'low' }
        : { thinking_budget: profile.budget.min };
    warnings.push({
      type: 'unsupported',
      feature: 'reasoning',
      details: `${id} cannot turn thinking off; sent ${describe(fallback)} (the least thinking it accepts) without thought summaries.`,
    });
    return { ...fallback, include_thoughts: false };
  }

  if (profile.mode === 'level') {
    const wanted: ThinkingLevel = level === 'xhigh' || level === 'max' ? 'high' : level;
    const chosen = nearestLevel(wanted, profile.levels);
    if (chosen !== level) {
      warnings.push({
        type: 'compatibility',
        feature: 'reasoning',
        details: `${id} has no '${level}' thinking level; sent thinking_level '${chosen}'.`,
      });
    }
    return { thinking_level: chosen, include_thoughts: true };
  }

  const budget =
    level === 'xhigh' || level === 'max'
      ? profile.budget.max
      : clampBudget(LEVEL_BUDGETS[level], profile);
  if ((level === 'xhigh' || level === 'max') && budget <= LEVEL_BUDGETS.high) {
    warnings.push({
      type: 'compatibility',
      feature: 'reasoning',
      details: `${id} has no budget above ${profile.budget.max} tokens; '${level}' was sent as thinking_budget ${budget}, the same as 'high'.`,
    });
  }
  return { thinking_budget: budget, include_thoughts: true };
}

function configFromOptions(
  options: CCAPILanguageModelGeminiChatOptions,
  profile: GeminiThinkingProfile,
  id: string,
  warnings: SharedV4Warning[],
): GeminiThinkingConfig {
  let { thinkingBudget: budget, thinkingLevel: level } = options;
  if (budget != null && level != null) {
    const keepLevel = profile.mode === 'level';
    warnings.push({
      type: 'compatibility',
      feature: keepLevel
        ? 'providerOptions.ccapi.thinkingBudget'
        : 'providerOptions.ccapi.thinkingLevel',
      details: `Gemini rejects thinking_level and thinking_budget together; sent only ${keepLevel ? `thinking_level '${level}'` : `thinking_budget ${budget}`} for ${id}.`,
    });
    if (keepLevel) budget = undefined;
    else level = undefined;
  }

  if (level != null) {
    if (profile.mode === 'level') {
      const chosen = nearestLevel(level, profile.levels);
      if (chosen !== level) {
        warnings.push({
          type: 'compatibility',
          feature: 'providerOptions.ccapi.thinkingLevel',
          details: `${id} has no '${level}' thinking level; sent thinking_level '${chosen}'.`,
        });
      }
      return { thinking_level: chosen, include_thoughts: true };
    }
    const converted = clampBudget(LEVEL_BUDGETS[level], profile);
    warnings.push({
      type: 'compatibility',
      feature: 'providerOptions.ccapi.thinkingLevel',
      details: `${id} takes a thinking budget, not a level; thinking_level '${level}' was sent as thinking_budget ${converted}.`,
    });
    return { thinking_budget: converted, include_thoughts: true };
  }

  let value = budget!;
  if (value === 0 && !profile.budget.canDisable) {
    warnings.push({
      type: 'unsupported',
      feature: 'providerOptions.ccapi.thinkingBudget',
      details: `${id} cannot turn thinking off (Gemini answers "Budget 0 is invalid. This model only works in thinking mode."); sent thinking_budget ${profile.budget.min}.`,
    });
    return { thinking_budget: profile.budget.min, include_thoughts: false };
  }
  if (value > 0) {
    const clamped = clampBudget(value, profile);
    if (clamped !== value) {
      warnings.push({
        type: 'compatibility',
        feature: 'providerOptions.ccapi.thinkingBudget',
        details: `${id} accepts thinking budgets from ${profile.budget.min} to ${profile.budget.max}; sent ${clamped} instead of ${value}.`,
      });
      value = clamped;
    }
  }
  if (profile.mode === 'level') {
    warnings.push({
      type: 'compatibility',
      feature: 'providerOptions.ccapi.thinkingBudget',
      details: `${id} is a Gemini 3 model: thinking_budget is accepted for backwards compatibility, thinkingLevel is the native setting.`,
    });
  }
  return { thinking_budget: value, include_thoughts: value !== 0 };
}

const LEVEL_ORDER: ThinkingLevel[] = ['minimal', 'low', 'medium', 'high'];

/** The accepted level nearest to the wanted one, rounding up (medium → high on Gemini 3 Pro). */
function nearestLevel(wanted: ThinkingLevel, levels: ReadonlySet<ThinkingLevel>): ThinkingLevel {
  if (levels.has(wanted)) return wanted;
  const start = LEVEL_ORDER.indexOf(wanted);
  for (let i = start + 1; i < LEVEL_ORDER.length; i++)
    if (levels.has(LEVEL_ORDER[i]!)) return LEVEL_ORDER[i]!;
  for (let i = start - 1; i >= 0; i--) if (levels.has(LEVEL_ORDER[i]!)) return LEVEL_ORDER[i]!;
  return 'high';
}

function clampBudget(value: number, profile: GeminiThinkingProfile): number {
  return Math.min(profile.budget.max, Math.max(Math.max(profile.budget.min, 1), value));
}

function describe(config: GeminiThinkingConfig): string {
  return config.thinking_level != null
    ? `thinking_level '${config.thinking_level}'`
    : `thinking_budget ${config.thinking_budget}`;
}

/** new-api forwards at most 5 stop sequences to Gemini (`stopSequences`). */
function limitStopSequences(body: CCAPIChatRequestBody, warnings: SharedV4Warning[]): void {
  if (body.stop == null || body.stop.length <= 5) return;
  warnings.push({
    type: 'unsupported',
    feature: 'stopSequences',
    details: `Gemini accepts at most 5 stop sequences; the last ${body.stop.length - 5} were not sent.`,
  });
  body.stop = body.stop.slice(0, 5);
}
