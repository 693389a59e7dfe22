import type { CCAPIBrandAdapter } from '../../chat/ccapi-brand-adapter';

/**
 * The tolerant adapter for ids we do not recognise (Kimi, Qwen, Grok, …). It maps the `reasoning`
 * option to `reasoning_effort` and sends reasoning back on assistant turns that made tool calls,
 * which the reasoning-capable open models require and the others ignore.
 */
export const genericBrandAdapter: CCAPIBrandAdapter = {
  brand: 'generic',

  prepareRequest({ body, callOptions }) {
    const level = callOptions.reasoning;
    if (body.reasoning_effort == null && level != null && level !== 'provider-default') {
      body.reasoning_effort = level;
    }
  },

  prepareAssistantMessage({ message, reasoningText, options }) {
    const send = options.sendReasoning ?? true;
    if (send && reasoningText.length > 0 && message.tool_calls != null) {
      message.reasoning_content = reasoningText;
    }
  },
};
