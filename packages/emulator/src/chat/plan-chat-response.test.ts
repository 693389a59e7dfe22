import { describe, expect, it } from 'vitest';
import type { EmulatorState } from '../emulator-types';
import { applyOutputLimits } from './apply-output-limits';
import type { ChatCompletionRequest } from './chat-completion-request';
import { planChatResponse } from './plan-chat-response';
import { splitArgumentFragments, splitTextDeltas } from './split-stream-deltas';
import { wantsReasoning } from './wants-reasoning';

function freshState(): EmulatorState {
  return { requests: [], stores: new Map(), origin: '', options: {} as EmulatorState['options'] };
}

function plan(request: ChatCompletionRequest, thinking = wantsReasoning) {
  return planChatResponse(request, {
    model: String(request.model),
    wantsReasoning: thinking,
    state: freshState(),
  });
}

describe('wantsReasoning', () => {
  it.each<[string, ChatCompletionRequest, boolean]>([
    ['plain request', { model: 'gpt-5' }, false],
    ['reasoning_effort', { model: 'gpt-5', reasoning_effort: 'low' }, true],
    ['reasoning_effort none', { model: 'gpt-5', reasoning_effort: 'none' }, false],
    ['thinking enabled', { model: 'deepseek-v3.2', thinking: { type: 'enabled' } }, true],
    [
      'thinking disabled beats a reasoner id',
      { model: 'deepseek-reasoner', thinking: { type: 'disabled' } },
      false,
    ],
    ['OpenRouter reasoning', { model: 'x', reasoning: { effort: 'high' } }, true],
    ['OpenRouter reasoning off', { model: 'x', reasoning: { enabled: false } }, false],
    ['enable_thinking', { model: 'qwen3', enable_thinking: true }, true],
    ['chat_template_kwargs', { model: 'x', chat_template_kwargs: { thinking: true } }, true],
    [
      'gemini thinking_config',
      {
        model: 'gemini-2.5-flash',
        extra_body: { google: { thinking_config: { include_thoughts: true } } },
      },
      true,
    ],
    ['-thinking model', { model: 'claude-sonnet-4-6-thinking~fault:stall' }, true],
    ['reasoner model', { model: 'deepseek-reasoner' }, true],
  ])('%s → %s', (_, request, expected) => {
    expect(wantsReasoning(request)).toBe(expected);
  });
});

describe('planChatResponse', () => {
  const messages = [{ role: 'user', content: 'Hello' }];

  it('adds reasoning text and tokens only when the dialect says the request wants it', () => {
    const withThinking = plan({ model: 'm', messages, reasoning_effort: 'high' });
    expect(withThinking.reasoning).toBe('The user wrote "Hello". I will echo it back.');
    expect(withThinking.usage.reasoningTokens).toBeGreaterThan(0);
    expect(withThinking.text).toBe('Echo: Hello');

    const overridden = plan({ model: 'm', messages, reasoning_effort: 'high' }, () => false);
    expect(overridden.reasoning).toBeUndefined();
    expect(overridden.usage.reasoningTokens).toBe(0);
  });

  it('explains tool calls in its reasoning', () => {
    const result = plan({
      model: 'm',
      messages: [{ role: 'user', content: 'weather in Oslo' }],
      tools: [
        {
          type: 'function',
          function: { name: 'get_weather', parameters: { type: 'object', properties: {} } },
        },
      ],
      thinking: { type: 'enabled' },
    });
    expect(result.toolCalls).toHaveLength(1);
    expect(result.finishReason).toBe('tool_calls');
    expect(result.text).toBe('');
    expect(result.reasoning).toBe('The user asked "weather in Oslo". I should call get_weather.');
  });

  it('ignores non-function tools and answers with text', () => {
    const result = plan({ model: 'm', messages, tools: [{ type: 'web_search' }] });
    expect(result.toolCalls).toEqual([]);
    expect(result.text).toBe('Echo: Hello');
  });

  it('lists non-text parts of the prompt in the echo', () => {
    const result = plan({
      model: 'm',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Describe this' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,AA==' } },
          ],
        },
      ],
    });
    expect(result.text).toBe('Echo: Describe this [image_url]');
  });
});

describe('applyOutputLimits', () => {
  it('prefers max_completion_tokens over max_tokens', () => {
    const limited = applyOutputLimits('aaaa bbbb cccc', {
      max_tokens: 100,
      max_completion_tokens: 2,
    });
    expect(limited).toEqual({ text: 'aaaa', finishReason: 'length' });
  });

  it('cuts a single long word by characters', () => {
    expect(applyOutputLimits('x'.repeat(40), { max_tokens: 2 })).toEqual({
      text: 'x'.repeat(8),
      finishReason: 'length',
    });
  });

  it('applies the earliest of several stop sequences', () => {
    expect(applyOutputLimits('one. two! three', { stop: ['!', '.'] }).text).toBe('one');
  });
});

describe('stream splitting', () => {
  it('splits text into word deltas that join back', () => {
    const text = 'Hello, World!  How are\nyou?';
    const pieces = splitTextDeltas(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.slice(0, 2)).toEqual(['Hello,', ' World!']);
  });

  it('splits arguments into several fragments that join back', () => {
    const args = '{"location":"Florence, Italy"}';
    const fragments = splitArgumentFragments(args);
    expect(fragments.length).toBeGreaterThan(2);
    expect(fragments.join('')).toBe(args);
    expect(splitArgumentFragments('{}')).toEqual(['{', '}']);
  });
});
