import { describe, expect, it } from 'vitest';
import { rewriteAISDK6Imports } from './rewrite-ai-sdk-6-imports';

describe('rewriteAISDK6Imports', () => {
  it('points ai imports at ai@6 in blocks that use the AI SDK 6 entry', () => {
    const code = [
      "import { ccapi } from '@ccapi/ai-sdk-provider/ai-sdk-6';",
      "import { generateText, type ModelMessage } from 'ai';",
      'import type { UIMessage } from "ai";',
      "const { streamText } = await import('ai');",
      "import { z } from 'zod';",
      "import { openai } from 'ai-other';",
    ].join('\n');
    expect(rewriteAISDK6Imports(code)).toBe(
      [
        "import { ccapi } from '@ccapi/ai-sdk-provider/ai-sdk-6';",
        "import { generateText, type ModelMessage } from 'ai-v6';",
        'import type { UIMessage } from "ai-v6";',
        "const { streamText } = await import('ai-v6');",
        "import { z } from 'zod';",
        "import { openai } from 'ai-other';",
      ].join('\n'),
    );
  });

  it('leaves AI SDK 7 blocks alone', () => {
    const code =
      "import { ccapi } from '@ccapi/ai-sdk-provider';\nimport { generateText } from 'ai';";
    expect(rewriteAISDK6Imports(code)).toBe(code);
  });
});
