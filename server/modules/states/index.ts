export { loadReferenceStates, listStatesFor, getState, stateExists, stateNamesIn } from './states.service';
export { statesRoutes } from './states.routes';
