import { tool } from 'ai';
import { z } from 'zod';

const CONDITIONS = ['sunny', 'partly cloudy', 'cloudy', 'light rain', 'windy', 'snow'] as const;

/**
 * A made-up forecast derived from the city name, so answers are stable and the example needs no
 * weather API key. Replace `execute` with a real API call in your app.
 */
export const weatherTool = tool({
  description: 'Get the current weather for a city.',
  inputSchema: z.object({
    city: z.string().min(1).describe('City name, e.g. "Berlin"'),
    unit: z
      .enum(['celsius', 'fahrenheit'])
      .optional()
      .describe('Temperature unit (default celsius)'),
  }),
  execute: async ({ city, unit = 'celsius' }) => {
    const seed = [...city.toLowerCase()].reduce((sum, char) => sum + char.charCodeAt(0), 0);
    const celsius = (seed % 35) - 5;
    return {
      city,
      temperature: unit === 'fahrenheit' ? Math.round((celsius * 9) / 5 + 32) : celsius,
      unit,
      conditions: CONDITIONS[seed % CONDITIONS.length] ?? 'sunny',
      humidity: 30 + (seed % 60),
    };
  },
});

const OPERATIONS = {
  add: (a: number, b: number) => a + b,
  subtract: (a: number, b: number) => a - b,
  multiply: (a: number, b: number) => a * b,
  divide: (a: number, b: number) => a / b,
  power: (a: number, b: number) => a ** b,
} as const;

/** Typed arithmetic: models fill `operation`, `a` and `b` reliably, and nothing is `eval`ed. */
export const calculatorTool = tool({
  description: 'Do exact arithmetic on two numbers. Use it for every calculation.',
  inputSchema: z.object({
    operation: z.enum(['add', 'subtract', 'multiply', 'divide', 'power']),
    a: z.number().describe('First operand'),
    b: z.number().describe('Second operand'),
  }),
  execute: async ({ operation, a, b }) => {
    if (operation === 'divide' && b === 0) throw new Error('Cannot divide by zero.');
    const result = OPERATIONS[operation](a, b);
    return { operation, a, b, result: Math.round(result * 1e10) / 1e10 };
  },
});

export const chatTools = {
  weather: weatherTool,
  calculator: calculatorTool,
};

export type ChatTools = typeof chatTools;
