import type { ChatMessage } from '../chat/chat-completion-request';
import type { ChatPlan } from '../chat/chat-plan';
import { mentionsToolName } from '../chat/choose-tool-calls';
import { planChatResponse } from '../chat/plan-chat-response';
import type { EmulatorState } from '../emulator-types';
import type { RealtimeItem, RealtimeSessionSettings } from './realtime-conversation';

/**
 * The realtime model's answer, from the same script as the chat route: the conversation is
 * restated as a chat-completions request (instructions as the system message, function calls and
 * their outputs as tool turns) and `planChatResponse` decides. Tools are offered only when the
 * instructions or the last user turn name them, so the model calls a tool when asked to
 * (`Use get_weather …`) and otherwise answers `Echo: …`, or `Based on <tool>: <output>` after a
 * `function_call_output`.
 */
export function planRealtimeResponse(
  settings: RealtimeSessionSettings,
  items: RealtimeItem[],
  state: EmulatorState,
): ChatPlan {
  const messages: ChatMessage[] = [];
  if (settings.instructions.length > 0) {
    messages.push({ role: 'system', content: settings.instructions });
  }
  for (const item of items) {
    if (item.type === 'message') messages.push({ role: item.role, content: item.text });
    else if (item.type === 'function_call') {
      const previous = messages[messages.length - 1];
      const call = {
        id: item.callId,
        type: 'function',
        function: { name: item.name, arguments: item.arguments },
      };
      // Parallel calls of one response share one assistant turn.
      if (previous?.role === 'assistant' && previous.tool_calls != null)
        previous.tool_calls.push(call);
      else messages.push({ role: 'assistant', content: null, tool_calls: [call] });
    } else messages.push({ role: 'tool', tool_call_id: item.callId, content: item.output });
  }

  const lastUser = [...items]
    .reverse()
    .find((item) => item.type === 'message' && item.role === 'user');
  const prompt = lastUser?.type === 'message' ? lastUser.text : '';
  const asked = settings.tools.filter(
    (tool) =>
      mentionsToolName(prompt, tool.name) || mentionsToolName(settings.instructions, tool.name),
  );
  const tools = settings.toolChoice === 'none' ? [] : asked;

  return planChatResponse(
    {
      model: settings.model,
      messages,
      ...(tools.length > 0 && {
        tools: tools.map((tool) => ({
          type: 'function',
          function: {
            name: tool.name,
            description: tool.description,
            parameters: tool.parameters ?? { type: 'object', properties: {} },
          },
        })),
      }),
    },
    { model: settings.model, wantsReasoning: () => false, state },
  );
}
