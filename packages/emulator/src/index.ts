export { EMULATOR_API_KEY, type RunningEmulator, startEmulator } from './start-emulator';
export type {
  EmulatorAuthStyle,
  EmulatorOptions,
  RecordedRequest,
} from './emulator-types';
export { EMULATOR_FAULTS, type EmulatorFault, FAULT_HEADER } from './faults/emulator-fault';
