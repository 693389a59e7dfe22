/**
 * The wire a language model speaks to CCAPI.
 * - `chat`: OpenAI chat completions (`POST /v1/chat/completions`) with a brand adapter.
 * - `messages`: Anthropic Messages (`POST /v1/messages`).
 * - `gemini`: Gemini native (`/v1beta/models/{id}:generateContent`).
 * - `responses`: OpenAI Responses (`POST /v1/responses`).
 * - `completion`: legacy text completion (`POST /v1/completions`).
 */
export type CCAPIRoute = 'chat' | 'messages' | 'gemini' | 'responses' | 'completion';
