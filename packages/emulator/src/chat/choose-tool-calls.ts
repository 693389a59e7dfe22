import type { ChatCompletionRequest, ChatTool } from './chat-completion-request';
import { functionTools } from './chat-completion-request';
import type { PlannedToolCall } from './chat-plan';
import { deterministicId } from './deterministic-id';
import { generateValueFromSchema } from './generate-value-from-schema';
import { extractPromptFacts } from './prompt-facts';

/**
 * The script's tool decision for a user turn, or `[]` to answer with text:
 * - `tool_choice: "none"` or no function tools: no call;
 * - `tool_choice: {function:{name}}`: that tool;
 * - otherwise the tools the prompt names (word match, case-insensitive), all of them in the
 *   order of `tools` (parallel calls) unless `parallel_tool_calls: false`; if it names none, the
 *   first tool.
 * Arguments come from the tool's JSON schema, filled from the prompt.
 */
export function chooseToolCalls(
  request: ChatCompletionRequest,
  prompt: string,
  idSeed: string,
): PlannedToolCall[] {
  const tools = functionTools(request);
  if (tools.length === 0 || request.tool_choice === 'none') return [];

  const forced = forcedToolName(request);
  let chosen: ChatTool[];
  if (forced !== undefined) {
    // A forced name that is not among the tools is still called: the emulator answers what was
    // asked rather than guessing what the brand would reject.
    chosen = [
      tools.find((tool) => tool.function?.name === forced) ?? { function: { name: forced } },
    ];
  } else {
    const mentioned = tools.filter((tool) => mentionsToolName(prompt, tool.function?.name ?? ''));
    chosen = mentioned.length > 0 ? mentioned : tools.slice(0, 1);
    if (request.parallel_tool_calls === false) chosen = chosen.slice(0, 1);
  }

  return chosen.map((tool, index) => {
    // Each call reads the prompt afresh, so parallel calls get the same numbers (add(2, 3) and
    // multiply(2, 3) for "add and multiply 2 and 3").
    const args = generateValueFromSchema(
      tool.function?.parameters ?? { type: 'object', properties: {} },
      extractPromptFacts(prompt),
    );
    return {
      id: `call_${deterministicId(`${idSeed}:tool:${index}`)}`,
      name: tool.function?.name ?? 'tool',
      arguments: JSON.stringify(args ?? {}),
    };
  });
}

function forcedToolName(request: ChatCompletionRequest): string | undefined {
  const choice = request.tool_choice;
  if (choice != null && typeof choice === 'object' && typeof choice.function?.name === 'string') {
    return choice.function.name;
  }
  return undefined;
}

/** Whether the text names the tool as a whole word (case-insensitive). */
export function mentionsToolName(prompt: string, toolName: string): boolean {
  if (toolName.length === 0) return false;
  const escaped = toolName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}_])${escaped}($|[^\\p{L}\\p{N}_])`, 'iu').test(prompt);
}
