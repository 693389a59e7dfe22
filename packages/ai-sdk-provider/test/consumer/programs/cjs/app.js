// The CommonJS consumer (`"type": "commonjs"`): `require`s both packages, which are ESM only, so
// this needs Node's require() of ES modules (unflagged since Node 20.19). The AI SDK and zod are
// required too; the shared app body is an ES module, required the same way. Prints one JSON line.
const { createCCAPI } = require('@ccapi/ai-sdk-provider');
const { startEmulator } = require('@ccapi/emulator');
const ai = require('ai');
const { z } = require('zod');
const { runChatAndMedia } = require('../run-chat-and-media.mjs');

runChatAndMedia({ createCCAPI, startEmulator, ai, z }).then(
  (result) => console.log(JSON.stringify(result)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
