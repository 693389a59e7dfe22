export { DIALECT_HEADER } from './chat/chat-completions-route';
export type {
  EmulatorAuthStyle,
  EmulatorOptions,
  RecordedRequest,
} from './emulator-types';
export { EMULATOR_FAULTS, type EmulatorFault, FAULT_HEADER } from './faults/emulator-fault';
export {
  EMULATOR_MODELS,
  type EmulatorModel,
  type ModelEndpointType,
} from './models/emulator-model-catalog';
export { EMULATOR_API_KEY, type RunningEmulator, startEmulator } from './start-emulator';
