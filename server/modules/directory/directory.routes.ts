import { Type } from 'typebox';
import { IdParams } from '../../../common/contracts/common';
import {
  AuthorityInput,
  AuthoritySearchQuery,
  AuthoritySearchResult,
  AuthorityUpdate,
  AuthorityView,
  DesignationEnd,
  DesignationInput,
  DesignationView,
  FinderAnswer,
  FinderQuery,
  HistoryList,
  ImportBody,
  ImportReport,
  StateDirectoryView,
} from '../../../common/contracts/directory';
import { LocaleSchema } from '../../../common/contracts/common';
import type { App, AppDeps } from '../../platform/types';
import { createAuthority, getAuthority, searchDirectory, updateAuthority } from './authority.service';
import { designate, endDesignation } from './designation.service';
import { findAuthorityFor } from './finder.service';
import { getStateDirectory, getStateHistory } from './state-profile.service';
import { exportRows, importDirectory, rowsToCsv } from './transfer.service';
import { toVcard } from './vcard';

const tags = ['directory'];
const StateParams = Type.Object({ code: Type.String({ pattern: '^[A-Za-z]{2}$' }) }, { additionalProperties: false });
const ExportQuery = Type.Object({ state: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })), locale: Type.Optional(LocaleSchema) }, { additionalProperties: false });
const LocaleQuery = Type.Object({ locale: Type.Optional(LocaleSchema) }, { additionalProperties: false });

/** The directory of designated authorities: entries, designations, finder, State profiles, import/export. */
export function directoryRoutes(app: App, { db }: AppDeps): void {
  const open = { public: true };

  app.get('/directory/authorities', { config: open, schema: { tags, summary: 'Search entries by name (any language) and filters', querystring: AuthoritySearchQuery, response: { 200: AuthoritySearchResult } } }, async (request) =>
    searchDirectory(db, request.ctx, request.query, request.query.locale ?? request.locale),
  );

  app.post('/directory/authorities', { schema: { tags, summary: 'Create an entry for your State', body: AuthorityInput, response: { 201: AuthorityView } } }, async (request, reply) =>
    reply.status(201).send(await createAuthority(db, request.ctx, request.body, request.locale)),
  );

  app.get('/directory/authorities/:id', { config: open, schema: { tags, summary: 'One entry, with the fields you may see', params: IdParams, querystring: LocaleQuery, response: { 200: AuthorityView } } }, async (request) =>
    getAuthority(db, request.ctx, request.params.id, request.query.locale ?? request.locale),
  );

  app.put('/directory/authorities/:id', { schema: { tags, summary: 'Replace an entry (send the version you read)', params: IdParams, body: AuthorityUpdate, response: { 200: AuthorityView } } }, async (request) =>
    updateAuthority(db, request.ctx, request.params.id, request.body, request.locale),
  );

  app.get('/directory/authorities/:id/vcard', { config: open, schema: { tags, summary: 'vCard of an entry', params: IdParams } }, async (request, reply) => {
    const view = await getAuthority(db, request.ctx, request.params.id, request.locale);
    return reply.type('text/vcard; charset=utf-8').header('content-disposition', `attachment; filename="${view.stateCode}-${view.id}.vcf"`).send(toVcard(view));
  });

  app.post('/directory/designations', { schema: { tags, summary: 'Record a designation', body: DesignationInput, response: { 201: DesignationView } } }, async (request, reply) =>
    reply.status(201).send(await designate(db, request.ctx, request.body, request.locale)),
  );

  app.post('/directory/designations/:id/end', { schema: { tags, summary: 'End a designation on a date', params: IdParams, body: DesignationEnd, response: { 200: DesignationView } } }, async (request) =>
    endDesignation(db, request.ctx, request.params.id, request.body.endDate, request.locale),
  );

  app.get('/directory/states/:code', { config: open, schema: { tags, summary: 'A State’s directory profile', params: StateParams, querystring: LocaleQuery, response: { 200: StateDirectoryView } } }, async (request) =>
    getStateDirectory(db, request.ctx, request.params.code, request.query.locale ?? request.locale),
  );

  app.get('/directory/states/:code/history', { schema: { tags, summary: 'Change history of a State’s entries and designations', params: StateParams, response: { 200: HistoryList } } }, async (request) => ({
    items: await getStateHistory(db, request.ctx, request.params.code),
  }));

  app.get('/directory/finder', { config: open, schema: { tags, summary: 'Who to send a request to, how, in which language', querystring: FinderQuery, response: { 200: FinderAnswer } } }, async (request) =>
    findAuthorityFor(db, request.ctx, request.query, request.query.locale ?? request.locale),
  );

  app.post('/directory/import', { schema: { tags, summary: 'Import entries from CSV or JSON (all rows or none)', body: ImportBody, response: { 200: ImportReport } } }, async (request) =>
    importDirectory(db, request.ctx, request.body),
  );

  app.get('/directory/export.csv', { config: open, schema: { tags, summary: 'Export as CSV (the fields you may see)', querystring: ExportQuery } }, async (request, reply) =>
    reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="comity-directory.csv"').send(rowsToCsv(await exportRows(db, request.ctx, request.query.state))),
  );

  app.get('/directory/export.json', { config: open, schema: { tags, summary: 'Export as JSON rows (the fields you may see)', querystring: ExportQuery } }, async (request, reply) =>
    reply.header('content-disposition', 'attachment; filename="comity-directory.json"').send(await exportRows(db, request.ctx, request.query.state)),
  );
}
