export { loadReferenceStates, listStatesFor, getState, stateExists } from './states.service';
export { statesRoutes } from './states.routes';
