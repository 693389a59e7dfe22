import { tool } from 'ai';
import { z } from 'zod';
import { evaluateArithmetic } from './evaluate-arithmetic';

const CONDITIONS = ['sunny', 'partly cloudy', 'cloudy', 'light rain', 'windy', 'snow'] as const;

/**
 * A made-up forecast derived from the city name, so answers are stable and the example needs no
 * weather API key. Replace `execute` with a real API call in your app.
 */
export const weatherTool = tool({
  description: 'Get the current weather for a city.',
  inputSchema: z.object({
    city: z.string().min(1).describe('City name, e.g. "Berlin"'),
    unit: z.enum(['celsius', 'fahrenheit']).optional().describe('Temperature unit (default celsius)'),
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

export const calculatorTool = tool({
  description:
    'Evaluate an arithmetic expression with + - * / ^, parentheses and decimals. Use it for any calculation.',
  inputSchema: z.object({
    expression: z.string().min(1).describe('The expression, e.g. "(12.5 + 7) * 3"'),
  }),
  execute: async ({ expression }) => {
    const result = evaluateArithmetic(expression);
    return { expression, result };
  },
});

export const chatTools = {
  weather: weatherTool,
  calculator: calculatorTool,
};

export type ChatTools = typeof chatTools;
