import type { PromptFacts } from './prompt-facts';

type JsonSchema = Record<string, unknown>;

// Property names that ask for a place: filled with a proper noun from the prompt ("Paris").
const LOCATION_NAME = /location|city|place|town|country|destination|address|region|where/i;
// Property names that ask for free text: filled with the whole prompt.
const FREE_TEXT_NAME =
  /^(q|query|prompt|text|message|content|question|input|search|search_?term)$/i;

/**
 * Builds a JSON value valid for a JSON schema, filled from the prompt so answers are predictable
 * and say something about the request: locations get the prompt's proper noun, free-text fields
 * the prompt, other strings its last word, numbers the prompt's numbers in order (then 1, 2, …),
 * booleans `true`, enums their first value. Objects get every declared property (strict schemas
 * require all of them). Local `$ref`s (`#/$defs/…`, `#/definitions/…`) are resolved.
 */
export function generateValueFromSchema(schema: unknown, facts: PromptFacts): unknown {
  const generator = new SchemaValueGenerator(isSchema(schema) ? schema : {}, facts);
  return generator.generate(generator.root, undefined, 0);
}

class SchemaValueGenerator {
  private nextNumber = 0;

  constructor(
    readonly root: JsonSchema,
    private readonly facts: PromptFacts,
  ) {}

  generate(schema: JsonSchema, propertyName: string | undefined, depth: number): unknown {
    // Recursive schemas (a tree node referencing itself) stop here instead of looping forever.
    if (depth > 8) return null;
    const resolved = this.resolveRef(schema);
    if ('const' in resolved) return resolved.const;
    if (Array.isArray(resolved.enum) && resolved.enum.length > 0) return resolved.enum[0];
    const variants = (resolved.anyOf ?? resolved.oneOf) as unknown;
    if (Array.isArray(variants) && variants.length > 0) {
      const variant = variants.filter(isSchema).find((v) => this.typeOf(v) !== 'null');
      return this.generate(variant ?? {}, propertyName, depth + 1);
    }
    if (Array.isArray(resolved.allOf)) {
      const parts = resolved.allOf.filter(isSchema).map((part) => this.resolveRef(part));
      return this.generate(mergeSchemas(parts), propertyName, depth + 1);
    }
    switch (this.typeOf(resolved)) {
      case 'object':
        return this.generateObject(resolved, depth);
      case 'array':
        return this.generateArray(resolved, propertyName, depth);
      case 'integer':
        return Math.trunc(this.generateNumber(resolved, true));
      case 'number':
        return this.generateNumber(resolved, false);
      case 'boolean':
        return true;
      case 'null':
        return null;
      default:
        return this.generateString(resolved, propertyName);
    }
  }

  private generateObject(schema: JsonSchema, depth: number): Record<string, unknown> {
    const properties = isSchema(schema.properties) ? schema.properties : {};
    const result: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(properties)) {
      result[name] = this.generate(isSchema(property) ? property : {}, name, depth + 1);
    }
    // Required names without a declared schema still must be present.
    if (Array.isArray(schema.required)) {
      for (const name of schema.required) {
        if (typeof name === 'string' && !(name in result)) {
          result[name] = this.generateString({}, name);
        }
      }
    }
    return result;
  }

  private generateArray(schema: JsonSchema, propertyName: string | undefined, depth: number) {
    const items = isSchema(schema.items) ? schema.items : {};
    const count = Math.max(1, typeof schema.minItems === 'number' ? schema.minItems : 1);
    const limit = typeof schema.maxItems === 'number' ? Math.max(0, schema.maxItems) : count;
    return Array.from({ length: Math.min(count, limit) }, () =>
      this.generate(items, propertyName, depth + 1),
    );
  }

  private generateNumber(schema: JsonSchema, integer: boolean): number {
    const fromPrompt = this.facts.numbers[this.nextNumber];
    this.nextNumber += 1;
    let value = fromPrompt ?? this.nextNumber;
    if (integer) value = Math.trunc(value);
    if (typeof schema.minimum === 'number' && value < schema.minimum) value = schema.minimum;
    if (typeof schema.maximum === 'number' && value > schema.maximum) value = schema.maximum;
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) {
      value = schema.exclusiveMinimum + 1;
    }
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) {
      value = schema.exclusiveMaximum - 1;
    }
    return value;
  }

  private generateString(schema: JsonSchema, propertyName: string | undefined): string {
    const byFormat = stringForFormat(schema.format);
    let value =
      byFormat ??
      (propertyName && LOCATION_NAME.test(propertyName)
        ? this.facts.properNoun
        : propertyName && FREE_TEXT_NAME.test(propertyName)
          ? this.facts.text
          : undefined) ??
      this.facts.lastWord ??
      propertyName ??
      'value';
    if (typeof schema.maxLength === 'number') value = value.slice(0, schema.maxLength);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) {
      value = value.padEnd(schema.minLength, value.length > 0 ? value : 'x');
    }
    return value;
  }

  private typeOf(schema: JsonSchema): string | undefined {
    const type = schema.type;
    if (typeof type === 'string') return type;
    if (Array.isArray(type)) return type.find((t) => t !== 'null') ?? 'null';
    if (isSchema(schema.properties)) return 'object';
    if (schema.items !== undefined) return 'array';
    return undefined;
  }

  private resolveRef(schema: JsonSchema): JsonSchema {
    let current = schema;
    // Follow a chain of refs, but never more than a few hops (cyclic definitions).
    for (let hops = 0; hops < 8 && typeof current.$ref === 'string'; hops++) {
      const target = resolvePointer(this.root, current.$ref);
      if (!isSchema(target)) return {};
      current = target;
    }
    return current;
  }
}

function stringForFormat(format: unknown): string | undefined {
  switch (format) {
    case 'date-time':
      return '2025-01-01T00:00:00Z';
    case 'date':
      return '2025-01-01';
    case 'time':
      return '12:00:00';
    case 'email':
      return 'user@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com';
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    default:
      return undefined;
  }
}

function mergeSchemas(parts: JsonSchema[]): JsonSchema {
  const properties: Record<string, unknown> = {};
  const required: unknown[] = [];
  let type: unknown;
  for (const part of parts) {
    if (isSchema(part.properties)) Object.assign(properties, part.properties);
    if (Array.isArray(part.required)) required.push(...part.required);
    type ??= part.type;
  }
  return { type: type ?? 'object', properties, required };
}

function resolvePointer(root: JsonSchema, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const path = ref
    .slice(1)
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = root;
  for (const key of path) {
    if (!isSchema(node)) return undefined;
    node = node[key];
  }
  return node;
}

function isSchema(value: unknown): value is JsonSchema {
  return value != null && typeof value === 'object' && !Array.isArray(value);
}
