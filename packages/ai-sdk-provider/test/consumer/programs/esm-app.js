// The ESM consumer (`"type": "module"`): `import`s both packages. Run by Node 20 and 22 as it is,
// and bundled by esbuild and Vite. Prints one JSON line the test reads.
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';
import * as ai from 'ai';
import { z } from 'zod';
import { runChatAndMedia } from './run-chat-and-media.mjs';

console.log(JSON.stringify(await runChatAndMedia({ createCCAPI, startEmulator, ai, z })));
