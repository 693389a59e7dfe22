export { DEFAULT_EMULATOR_BALANCE, type EmulatorBalance } from './billing/billing-routes';
export { DIALECT_HEADER } from './chat/chat-completions-route';
export type {
  EmulatorAuthStyle,
  EmulatorOptions,
  RecordedRequest,
} from './emulator-types';
export { EMULATOR_FAULTS, type EmulatorFault, FAULT_HEADER } from './faults/emulator-fault';
export {
  EMULATOR_MUSIC_DATA_SHAPES,
  type EmulatorMusicDataShape,
  MUSIC_SHAPE_HEADER,
} from './media/music-data-shape';
// Valid media bytes, for tests that need a real PNG, MP4 or WAV.
export { createMp4 } from './media-bytes/create-mp4';
export { createPng } from './media-bytes/create-png';
export { type CreateWavOptions, createWav } from './media-bytes/create-wav';
export {
  EMULATOR_MODELS,
  type EmulatorModel,
  type ModelEndpointType,
} from './models/emulator-model-catalog';
export { type EmulatorModelsEnvelope, MODELS_ENVELOPE_HEADER } from './models/models-routes';
export { EMULATOR_API_KEY, type RunningEmulator, startEmulator } from './start-emulator';
