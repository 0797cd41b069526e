import { StateList, StateListQuery, StateParams, StateView } from '../../../common/contracts/states';
import type { App, AppDeps } from '../../platform/types';
import { getState, listStatesFor } from './states.service';

/** Public reference data: every State with its UNCAC status and regional group. */
export function statesRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/states',
    {
      config: { public: true },
      schema: { tags: ['states'], summary: 'List States (filter by group and UNCAC status, search names in six languages)', querystring: StateListQuery, response: { 200: StateList } },
    },
    async (request) => {
      const items = await listStatesFor(db, request.query, request.query.locale ?? request.locale);
      return { items, total: items.length };
    },
  );

  app.get(
    '/states/:code',
    { config: { public: true }, schema: { tags: ['states'], summary: 'One State by ISO code', params: StateParams, response: { 200: StateView } } },
    async (request) => getState(db, request.params.code, request.locale),
  );
}
