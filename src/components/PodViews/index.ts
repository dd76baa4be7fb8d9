/** The views example code can use (they are in the live scope under these names). */
export { default as KubectlWatch } from './KubectlWatch';
export { default as KubectlEvents } from './KubectlEvents';
export { default as PodStatusView } from './PodStatusView';
export { default as Timeline } from './Timeline';
export { default as SimulationView } from './SimulationView';
export { default as StateDiagram } from './StateDiagram';
export { default as Value } from './Value';
export { CursorProvider, useCursor } from './CursorContext';
