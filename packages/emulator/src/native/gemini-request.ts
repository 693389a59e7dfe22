import type {
  ChatCompletionRequest,
  ChatContentPart,
  ChatMessage,
  ChatTool,
} from '../chat/chat-completion-request';

/** The parts of a Gemini `generateContent` body the emulator reads (loosely typed wire input). */
export interface GeminiRequest {
  contents?: unknown;
  systemInstruction?: { parts?: GeminiPart[] };
  system_instruction?: { parts?: GeminiPart[] };
  generationConfig?: GeminiGenerationConfig;
  generation_config?: GeminiGenerationConfig;
  tools?: { functionDeclarations?: GeminiFunctionDeclaration[] }[];
  toolConfig?: { functionCallingConfig?: { mode?: string; allowedFunctionNames?: string[] } };
  [field: string]: unknown;
}

export interface GeminiGenerationConfig {
  maxOutputTokens?: number;
  stopSequences?: string[];
  responseMimeType?: string;
  responseSchema?: Record<string, unknown>;
  responseJsonSchema?: Record<string, unknown>;
  responseModalities?: string[];
  thinkingConfig?: { includeThoughts?: boolean; thinkingBudget?: number; thinkingLevel?: string };
  imageConfig?: { aspectRatio?: string; imageSize?: string };
}

export interface GeminiContent {
  role?: string;
  parts?: GeminiPart[];
}

export interface GeminiPart {
  text?: string;
  thought?: boolean;
  thoughtSignature?: string;
  inlineData?: { mimeType?: string; data?: string };
  fileData?: { mimeType?: string; fileUri?: string };
  functionCall?: { name?: string; args?: unknown; id?: string };
  functionResponse?: { name?: string; response?: unknown; id?: string };
}

interface GeminiFunctionDeclaration {
  name?: string;
  description?: string;
  parameters?: Record<string, unknown>;
  parametersJsonSchema?: Record<string, unknown>;
}

export function readGeminiContents(request: GeminiRequest): GeminiContent[] {
  return Array.isArray(request.contents)
    ? (request.contents.filter((c) => c != null && typeof c === 'object') as GeminiContent[])
    : [];
}

/** `generationConfig` (new-api also accepts the snake_case spelling). */
export function generationConfigOf(request: GeminiRequest): GeminiGenerationConfig {
  return request.generationConfig ?? request.generation_config ?? {};
}

/** Gemini 3 and later enforce thought signatures on function calls. */
export function isGemini3Model(model: string): boolean {
  return /(^|\/)gemini-([3-9]|\d{2,})/.test(model.toLowerCase());
}

/**
 * Whether the model thinks: Gemini 2.5 and 3 do unless the budget is 0; older models only when
 * asked. Thought parts are shown only with `includeThoughts` (see `geminiShowsThoughts`).
 */
export function geminiThinks(request: GeminiRequest, model: string): boolean {
  const thinking = generationConfigOf(request).thinkingConfig;
  if (thinking?.thinkingBudget === 0) return false;
  if (thinking?.includeThoughts === true || thinking?.thinkingLevel != null) return true;
  if (typeof thinking?.thinkingBudget === 'number' && thinking.thinkingBudget > 0) return true;
  return /gemini-(2\.5|[3-9])/.test(model.toLowerCase());
}

export function geminiShowsThoughts(request: GeminiRequest): boolean {
  return generationConfigOf(request).thinkingConfig?.includeThoughts === true;
}

/** Image output: asked for with `responseModalities: ["IMAGE"]`, or implied by an image model. */
export function geminiWantsImage(request: GeminiRequest, model: string): boolean {
  const modalities = generationConfigOf(request).responseModalities ?? [];
  if (modalities.some((modality) => String(modality).toUpperCase() === 'IMAGE')) return true;
  return /image|nano-banana/.test(model.toLowerCase());
}

/**
 * Restates a Gemini body as a chat-completions request, so the native route runs the same script
 * as `/v1/chat/completions`: `functionResponse` parts become `tool` messages, `functionCall`
 * parts `tool_calls` (paired by id, else by name), thought parts `reasoning_content`, and inline
 * or file data `[inline_data]` / `[file_data]` markers.
 */
export function toChatRequest(request: GeminiRequest, model: string): ChatCompletionRequest {
  const messages: ChatMessage[] = [];
  const systemParts = (request.systemInstruction ?? request.system_instruction)?.parts ?? [];
  const system = systemParts.map((part) => part.text ?? '').join('\n');
  if (system.length > 0) messages.push({ role: 'system', content: system });

  // Calls of the latest model turn, so responses without ids can be paired by name.
  let openCalls: { id: string; name: string }[] = [];
  for (const [contentIndex, content] of readGeminiContents(request).entries()) {
    const parts = Array.isArray(content.parts) ? content.parts : [];
    if (content.role === 'model') {
      openCalls = parts
        .filter((part) => part.functionCall != null)
        .map((part, index) => ({
          id: part.functionCall?.id ?? `gemini-call-${contentIndex}-${index}`,
          name: part.functionCall?.name ?? 'tool',
        }));
      const calls = parts.filter((part) => part.functionCall != null);
      messages.push({
        role: 'assistant',
        content: parts
          .filter((part) => part.text != null && part.thought !== true)
          .map((part) => part.text)
          .join(''),
        reasoning_content: parts
          .filter((part) => part.thought === true)
          .map((part) => part.text ?? '')
          .join(''),
        ...(calls.length > 0 && {
          tool_calls: calls.map((part, index) => ({
            id: openCalls[index]?.id,
            type: 'function',
            function: {
              name: part.functionCall?.name,
              arguments: JSON.stringify(part.functionCall?.args ?? {}),
            },
          })),
        }),
      });
      continue;
    }
    for (const part of parts.filter((p) => p.functionResponse != null)) {
      const response = part.functionResponse ?? {};
      const call =
        openCalls.find((c) => response.id != null && c.id === response.id) ??
        openCalls.find((c) => c.name === response.name);
      messages.push({
        role: 'tool',
        tool_call_id: call?.id,
        name: response.name,
        content: functionResponseText(response.response),
      });
    }
    const userParts: ChatContentPart[] = parts
      .filter((part) => part.functionResponse == null)
      .map((part) => {
        if (part.text != null) return { type: 'text', text: part.text };
        if (part.inlineData != null) return { type: 'inline_data' };
        if (part.fileData != null) return { type: 'file_data' };
        return { type: 'unknown_part' };
      });
    if (userParts.length > 0) messages.push({ role: 'user', content: userParts });
  }

  const config = generationConfigOf(request);
  const schema = config.responseJsonSchema ?? config.responseSchema;
  return {
    model,
    messages,
    max_tokens: config.maxOutputTokens,
    stop: config.stopSequences,
    tools: functionToolsOf(request),
    tool_choice: toolChoiceOf(request),
    response_format:
      config.responseMimeType === 'application/json'
        ? schema != null
          ? { type: 'json_schema', json_schema: { schema } }
          : { type: 'json_object' }
        : undefined,
  };
}

/**
 * The result text of a `functionResponse`. The AI SDK wraps results as `{ name, content }`
 * (Gemini's convention); the script reads the content itself, as it does on the chat route.
 */
function functionResponseText(response: unknown): string {
  if (response != null && typeof response === 'object' && !Array.isArray(response)) {
    const keys = Object.keys(response);
    if ('content' in response && keys.every((key) => key === 'name' || key === 'content')) {
      const content = (response as { content: unknown }).content;
      return typeof content === 'string' ? content : JSON.stringify(content);
    }
  }
  return JSON.stringify(response ?? {});
}

function functionToolsOf(request: GeminiRequest): ChatTool[] | undefined {
  if (!Array.isArray(request.tools)) return undefined;
  return request.tools
    .flatMap((tool) => tool?.functionDeclarations ?? [])
    .filter((declaration) => typeof declaration?.name === 'string')
    .map((declaration) => ({
      type: 'function',
      function: {
        name: declaration.name,
        description: declaration.description,
        parameters: declaration.parameters ?? declaration.parametersJsonSchema,
      },
    }));
}

function toolChoiceOf(request: GeminiRequest): ChatCompletionRequest['tool_choice'] {
  const config = request.toolConfig?.functionCallingConfig;
  switch (config?.mode?.toUpperCase()) {
    case 'NONE':
      return 'none';
    case 'ANY':
      return config.allowedFunctionNames?.length === 1
        ? { type: 'function', function: { name: config.allowedFunctionNames[0] } }
        : 'required';
    default:
      return undefined;
  }
}
