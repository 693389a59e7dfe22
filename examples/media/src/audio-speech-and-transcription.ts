import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';
import { generateSpeech, transcribe } from 'ai';

/**
 * Text → speech → text: generate audio with a TTS model, save it, transcribe it back with
 * timestamps, then translate it to English text. Live when CCAPI_API_KEY is set, otherwise on the
 * embedded emulator (its speech is a WAV tone that carries the text, so the transcript matches).
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/audio-speech-and-transcription.ts
 */
export async function main(): Promise<void> {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator();
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });

    const speech = await generateSpeech({
      model: ccapi.speechModel('gpt-4o-mini-tts'),
      text: 'Welcome to CCAPI. One key for every model.',
      voice: 'nova',
      outputFormat: 'wav',
      instructions: 'Speak warmly and clearly.',
    });
    const file = join(tmpdir(), `ccapi-speech.${speech.audio.format}`);
    await writeFile(file, speech.audio.uint8Array);
    console.log(
      `Speech: ${speech.audio.uint8Array.byteLength} bytes of ${speech.audio.mediaType} → ${file}`,
    );

    const transcript = await transcribe({
      model: ccapi.transcriptionModel('whisper-1'),
      audio: speech.audio.uint8Array,
      timestampGranularities: ['segment'],
    });
    console.log(
      `Transcript (${transcript.language}, ${transcript.durationInSeconds}s): ${transcript.text}`,
    );
    for (const segment of transcript.segments) {
      console.log(
        `  [${segment.startSecond.toFixed(2)}–${segment.endSecond.toFixed(2)}] ${segment.text}`,
      );
    }

    const translation = await transcribe({
      model: ccapi.transcriptionModel('whisper-1'),
      audio: speech.audio.uint8Array,
      providerOptions: { ccapi: { task: 'translate' } },
    });
    console.log(`Translation (English): ${translation.text}`);
  } finally {
    await emulator?.close();
  }
}

if (process.argv[1] != null && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
