import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import { InvalidArgumentError } from '@ai-sdk/provider';
import type { CCAPIChatFunctionTool, CCAPIChatToolChoice } from './ccapi-chat-api';

/** Maps AI SDK tools and tool choice onto chat-completions `tools` / `tool_choice`. */
export function prepareCCAPIChatTools({
  tools,
  toolChoice,
}: {
  tools: LanguageModelV4CallOptions['tools'];
  toolChoice: LanguageModelV4CallOptions['toolChoice'];
}): {
  tools: CCAPIChatFunctionTool[] | undefined;
  toolChoice: CCAPIChatToolChoice | undefined;
  warnings: SharedV4Warning[];
} {
  const warnings: SharedV4Warning[] = [];
  if (tools == null || tools.length === 0) {
    return { tools: undefined, toolChoice: undefined, warnings };
  }

  const wireTools: CCAPIChatFunctionTool[] = [];
  for (const tool of tools) {
    if (tool.type !== 'function') {
      warnings.push({
        type: 'unsupported',
        feature: `provider-defined tool ${tool.id}`,
        details: 'Chat completions only carries function tools; this tool was not sent.',
      });
      continue;
    }
    wireTools.push({
      type: 'function',
      function: {
        name: tool.name,
        description: tool.description,
        // The Claude relay silently drops a tool whose parameters are not an object.
        parameters: tool.inputSchema ?? { type: 'object', properties: {} },
        ...(tool.strict != null ? { strict: tool.strict } : {}),
      },
    });
  }

  if (toolChoice == null) return { tools: wireTools, toolChoice: undefined, warnings };

  switch (toolChoice.type) {
    case 'auto':
    case 'none':
    case 'required':
      return { tools: wireTools, toolChoice: toolChoice.type, warnings };
    case 'tool': {
      if (!wireTools.some((tool) => tool.function.name === toolChoice.toolName)) {
        throw new InvalidArgumentError({
          argument: 'toolChoice',
          message: `toolChoice names the tool '${toolChoice.toolName}', but no function tool with that name was passed. Add it to tools or choose another tool.`,
        });
      }
      return {
        tools: wireTools,
        toolChoice: { type: 'function', function: { name: toolChoice.toolName } },
        warnings,
      };
    }
    default: {
      const exhaustive: never = toolChoice;
      throw new InvalidArgumentError({
        argument: 'toolChoice',
        message: `Unsupported tool choice: ${JSON.stringify(exhaustive)}`,
      });
    }
  }
}
