import type { ChatCompletionRequest } from '../chat-completion-request';
import type { ChatPlan } from '../chat-plan';

/**
 * A brand's way of speaking OpenAI chat completions through CCAPI (openai, deepseek, minimax,
 * claude, gemini, glm). One module per brand under `chat/dialects/`, registered with one line in
 * `chat-dialects.ts`.
 *
 * How a request flows (chat-completions-route.ts):
 *
 *   1. The gateway checks run first and are shared: auth, status faults, `model` present,
 *      `messages` non-empty.
 *   2. `resolveChatDialect(modelId)` picks the first registered dialect whose `matches()` is true,
 *      else the generic (OpenAI-shaped) one.
 *   3. `validateRequest(request)` may reject what the real brand rejects (HTTP status + body).
 *   4. The shared script (`planChatResponse`) decides WHAT to answer: a brand-neutral `ChatPlan`
 *      with optional reasoning, text, tool calls, finish reason and usage. It asks the dialect's
 *      `wantsReasoning` (or the default) whether to produce reasoning text.
 *   5. `renderNonStream(plan)` or `renderStream(plan)` decides HOW it looks on the wire.
 *
 * What stays in the core (do not repeat it in a dialect), because new-api does it for every
 * brand: the SSE headers and `data: <json>\n\n` framing, the chunk delay, the final
 * `data: [DONE]`, dropping `usage` frames when the client sent `stream_options.include_usage:
 * false`, and playing out the stream faults (drop, malformed chunk, error frames, no finish,
 * stall), which use the frame `phase` tags to know where a stream may be cut.
 */
export interface ChatDialect {
  /** Unique short name (`openai`, `deepseek`, …); sent back in the `x-emulator-dialect` header. */
  readonly name: string;

  /**
   * Whether this dialect serves the model id. The id has its `~fault:` suffix removed and may
   * carry a provider prefix (`deepseek/deepseek-chat`); `detectModelBrand` handles both.
   */
  matches(modelId: string): boolean;

  /**
   * The brand's own request rules: return `{ status, body }` to reject the request the way the
   * real brand (relayed by new-api) does, or `undefined` to accept it.
   */
  validateRequest(request: ChatCompletionRequest): ChatDialectRejection | undefined;

  /**
   * Whether the request asks for thinking, in this brand's terms (e.g. DeepSeek's
   * `thinking.type`, Gemini's `thinking_config.include_thoughts`, a `-thinking` model suffix).
   * Leave it out to use the shared `wantsReasoning` from `wants-reasoning.ts`.
   */
  wantsReasoning?(request: ChatCompletionRequest): boolean;

  /** The `stream: false` response body (sent as JSON with status 200). */
  renderNonStream(plan: ChatPlan): unknown;

  /**
   * The `stream: true` response as an ordered list of frames, without the final `[DONE]` (the
   * core adds it). Pure: no I/O, so dialects are easy to test and the core can cut the list
   * to play faults.
   */
  renderStream(plan: ChatPlan): ChatStreamFrame[];
}

export interface ChatDialectRejection {
  status: number;
  /** JSON body, e.g. `{ error: { message, type, param, code } }`. */
  body: unknown;
}

/**
 * Where a frame sits in the stream:
 * - `content`: role, reasoning, text and tool-call deltas;
 * - `finish`: the frame that carries `finish_reason` (possibly with usage, possibly with content
 *   when a brand sends them together);
 * - `usage`: a usage-only frame after the finish (dropped when `include_usage` is false).
 */
export type ChatStreamPhase = 'content' | 'finish' | 'usage';

export type ChatStreamFrame =
  /** Written as `data: <JSON.stringify(payload)>\n\n`. */
  | { kind: 'data'; phase: ChatStreamPhase; payload: unknown }
  /** Written as `: <text>\n\n` (keep-alive comments some brands send). */
  | { kind: 'comment'; text: string }
  /** Written byte for byte (brands whose frames are not plain `data:` JSON). */
  | { kind: 'raw'; phase: ChatStreamPhase; text: string };
