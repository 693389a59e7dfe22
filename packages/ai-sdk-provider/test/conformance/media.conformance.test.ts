import { runMediaConformance } from './run-media-conformance';

runMediaConformance();
