/**
 * The wire a language model speaks to CCAPI.
 * - `chat`: OpenAI chat completions (`POST /v1/chat/completions`) with a brand adapter.
 * - `messages`: Anthropic Messages (`POST /v1/messages`).
 * - `gemini`: Gemini native (`/v1beta/models/{id}:generateContent`).
 * - `responses`: OpenAI Responses (`POST /v1/responses`).
 * - `completion`: legacy text completion (`POST /v1/completions`).
 */
export type CCAPIRoute = 'chat' | 'messages' | 'gemini' | 'responses' | 'completion';

/** Every route name, in the order the docs list them. */
export const CCAPI_ROUTES: readonly CCAPIRoute[] = [
  'chat',
  'messages',
  'gemini',
  'responses',
  'completion',
];

export function isCCAPIRoute(value: unknown): value is CCAPIRoute {
  return typeof value === 'string' && (CCAPI_ROUTES as readonly string[]).includes(value);
}
