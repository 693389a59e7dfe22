import type { EmulatorRoute } from '../emulator-types';
import { audioSpeechRoutes } from './audio-speech-routes';
import { audioTranscriptionRoutes } from './audio-transcription-routes';
import { embeddingsRoutes } from './embeddings-routes';
import { moderationRoutes } from './moderation-routes';
import { rerankRoutes } from './rerank-routes';

// Media routes that answer in one request (no task to poll), and reranking.
export const syncMediaRoutes: EmulatorRoute[] = [
  ...embeddingsRoutes,
  ...audioTranscriptionRoutes,
  ...audioSpeechRoutes,
  ...moderationRoutes,
  ...rerankRoutes,
];
