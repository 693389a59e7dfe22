import { describe, expect, it } from 'vitest';
import { generateValueFromSchema } from './generate-value-from-schema';
import { extractPromptFacts } from './prompt-facts';

const from = (schema: unknown, prompt: string) =>
  generateValueFromSchema(schema, extractPromptFacts(prompt));

describe('extractPromptFacts', () => {
  it('finds numbers, a proper noun past the sentence start, and the last meaningful word', () => {
    expect(extractPromptFacts('What is the weather in Paris, 3 days from now?')).toEqual({
      text: 'What is the weather in Paris, 3 days from now?',
      numbers: [3],
      properNoun: 'Paris',
      lastWord: 'now',
    });
  });

  it('falls back to a sentence-start capital when there is no other', () => {
    expect(extractPromptFacts('Berlin weather please').properNoun).toBe('Berlin');
    expect(extractPromptFacts('no capitals here').properNoun).toBeUndefined();
  });
});

describe('generateValueFromSchema', () => {
  it('fills locations with the proper noun, free text with the prompt, other strings with the last word', () => {
    const schema = {
      type: 'object',
      properties: { city: { type: 'string' }, query: { type: 'string' }, mood: { type: 'string' } },
      required: ['city', 'query', 'mood'],
    };
    expect(from(schema, 'Find cafés in Vienna tonight')).toEqual({
      city: 'Vienna',
      query: 'Find cafés in Vienna tonight',
      mood: 'tonight',
    });
  });

  it('takes numbers from the prompt in order, then 1, 2, …, and clamps to bounds', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'integer' },
        b: { type: 'number' },
        c: { type: 'integer' },
        d: { type: 'integer', minimum: 10 },
      },
    };
    expect(from(schema, 'use 7 and 2.5')).toEqual({ a: 7, b: 2.5, c: 3, d: 10 });
  });

  it('uses enum first values, const, booleans, formats and nested objects', () => {
    const schema = {
      type: 'object',
      properties: {
        unit: { enum: ['celsius', 'fahrenheit'] },
        kind: { const: 'fixed' },
        urgent: { type: 'boolean' },
        when: { type: 'string', format: 'date-time' },
        owner: { type: 'object', properties: { email: { type: 'string', format: 'email' } } },
      },
    };
    expect(from(schema, 'anything')).toEqual({
      unit: 'celsius',
      kind: 'fixed',
      urgent: true,
      when: '2025-01-01T00:00:00Z',
      owner: { email: 'user@example.com' },
    });
  });

  it('resolves $refs, nullable unions, allOf and arrays with minItems', () => {
    const schema = {
      type: 'object',
      properties: {
        tags: { type: 'array', items: { $ref: '#/$defs/tag' }, minItems: 2 },
        note: { anyOf: [{ type: 'null' }, { type: 'string' }] },
        size: { type: ['integer', 'null'] },
        both: { allOf: [{ properties: { x: { type: 'boolean' } } }, { $ref: '#/definitions/y' }] },
      },
      $defs: { tag: { type: 'string', maxLength: 3 } },
      definitions: { y: { type: 'object', properties: { y: { type: 'integer' } } } },
    };
    expect(from(schema, 'label things')).toEqual({
      tags: ['thi', 'thi'],
      note: 'things',
      size: 1,
      both: { x: true, y: 2 },
    });
  });

  it('stops on recursive schemas instead of looping', () => {
    const schema = {
      $ref: '#/$defs/node',
      $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } } } },
    };
    expect(JSON.stringify(from(schema, 'tree'))).toMatch(/"child":null/);
  });

  it('adds required properties that have no declared schema', () => {
    expect(from({ type: 'object', required: ['id'] }, 'ticket 42 for Mia')).toEqual({ id: 'Mia' });
  });
});
