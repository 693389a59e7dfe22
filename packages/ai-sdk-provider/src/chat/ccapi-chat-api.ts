/**
 * Wire types for `POST /v1/chat/completions`: what we send. Responses are read by hand in
 * `ccapi-chat-response.ts` (tolerant, no schema pass on the hot path), since every brand adds or
 * omits fields.
 */

export type CCAPIChatMessage =
  | CCAPIChatSystemMessage
  | CCAPIChatUserMessage
  | CCAPIChatAssistantMessage
  | CCAPIChatToolMessage;

export interface CCAPIChatSystemMessage {
  role: 'system' | 'developer';
  content: string;
}

export interface CCAPIChatUserMessage {
  role: 'user';
  content: string | CCAPIChatUserContentPart[];
}

export type CCAPIChatUserContentPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: { url: string } }
  | { type: 'input_audio'; input_audio: { data: string; format: 'wav' | 'mp3' } }
  | { type: 'file'; file: { filename?: string; file_data: string } };

export interface CCAPIChatAssistantMessage {
  role: 'assistant';
  content: string | null;
  tool_calls?: CCAPIChatToolCall[];
  /** DeepSeek, GLM, Kimi-style reasoning sent back on later turns. */
  reasoning_content?: string;
  /** MiniMax `reasoning_split` and gateway-style (OpenRouter, Vercel) reasoning sent back verbatim. */
  reasoning_details?: unknown[];
  /** Other brand fields an adapter adds. */
  [key: string]: unknown;
}

export interface CCAPIChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
  /** Gemini thought signatures: `{ google: { thought_signature } }`, sent back verbatim. */
  extra_content?: unknown;
}

export interface CCAPIChatToolMessage {
  role: 'tool';
  tool_call_id: string;
  content: string;
}

export interface CCAPIChatFunctionTool {
  type: 'function';
  function: {
    name: string;
    description?: string;
    parameters: unknown;
    strict?: boolean;
  };
}

export type CCAPIChatToolChoice =
  | 'auto'
  | 'none'
  | 'required'
  | { type: 'function'; function: { name: string } };

export interface CCAPIChatRequestBody {
  model: string;
  messages: CCAPIChatMessage[];
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  frequency_penalty?: number;
  presence_penalty?: number;
  stop?: string[];
  seed?: number;
  response_format?:
    | { type: 'text' }
    | { type: 'json_object' }
    | {
        type: 'json_schema';
        json_schema: { name: string; description?: string; schema: unknown; strict?: boolean };
      };
  tools?: CCAPIChatFunctionTool[];
  tool_choice?: CCAPIChatToolChoice;
  parallel_tool_calls?: boolean;
  user?: string;
  reasoning_effort?: string;
  stream?: boolean;
  stream_options?: { include_usage: boolean };
  /** Brand-specific fields set by adapters (`thinking`, `reasoning_split`, `extra_body`, …). */
  [key: string]: unknown;
}
