import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { prepareCCAPIChatTools } from './ccapi-prepare-tools';

const weather = {
  type: 'function' as const,
  name: 'weather',
  description: 'Weather',
  inputSchema: { type: 'object' as const, properties: { city: { type: 'string' as const } } },
};

describe('prepareCCAPIChatTools', () => {
  it('no tools: nothing sent', () => {
    expect(prepareCCAPIChatTools({ tools: undefined, toolChoice: undefined })).toEqual({
      tools: undefined,
      toolChoice: undefined,
      warnings: [],
    });
  });

  it.each([
    [{ type: 'auto' }, 'auto'],
    [{ type: 'none' }, 'none'],
    [{ type: 'required' }, 'required'],
    [
      { type: 'tool', toolName: 'weather' },
      { type: 'function', function: { name: 'weather' } },
    ],
  ] as const)('tool choice %j', (toolChoice, expected) => {
    const result = prepareCCAPIChatTools({ tools: [weather], toolChoice });
    expect(result.toolChoice).toEqual(expected);
    expect(result.tools).toEqual([
      {
        type: 'function',
        function: { name: 'weather', description: 'Weather', parameters: weather.inputSchema },
      },
    ]);
  });

  it('a named tool choice for an unknown tool is an InvalidArgumentError', () => {
    expect(() =>
      prepareCCAPIChatTools({ tools: [weather], toolChoice: { type: 'tool', toolName: 'nope' } }),
    ).toThrow(InvalidArgumentError);
  });

  it('provider tools are skipped with a warning', () => {
    const result = prepareCCAPIChatTools({
      tools: [weather, { type: 'provider', id: 'openai.web_search', name: 'web_search', args: {} }],
      toolChoice: undefined,
    });
    expect(result.tools).toHaveLength(1);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        type: 'unsupported',
        feature: 'provider-defined tool openai.web_search',
      }),
    ]);
  });

  it('passes strict through when set', () => {
    const result = prepareCCAPIChatTools({
      tools: [{ ...weather, strict: true }],
      toolChoice: undefined,
    });
    expect(result.tools?.[0]?.function.strict).toBe(true);
  });
});
