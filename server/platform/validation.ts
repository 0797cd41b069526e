import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldProblem, FieldReason } from '../../common/errors';

function makeAjv(coerceTypes: boolean): Ajv {
  // Unknown fields are rejected (not silently dropped) and every problem is reported at once.
  const ajv = new Ajv({ coerceTypes, removeAdditional: false, useDefaults: true, allErrors: true, strict: false });
  addFormats(ajv);
  return ajv;
}

const strict = makeAjv(false);
const coercing = makeAjv(true);

/** Bodies are checked strictly (a number is not a string); query and path text is coerced. */
export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strict : coercing;
  return ajv.compile(schema) as ReturnType<FastifySchemaCompiler<object>>;
};

/** Turns Ajv's errors into one problem per field, in the API's own vocabulary. */
export function fieldProblems(errors: ErrorObject[], part: string | undefined): FieldProblem[] {
  const prefix = part && part !== 'body' ? `${part === 'querystring' ? 'query' : part}.` : '';
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const e of errors) {
    const problem = toProblem(e);
    if (!problem) continue;
    problem.field = prefix + (problem.field || '(body)');
    if (seen.has(problem.field)) continue;
    seen.add(problem.field);
    problems.push(problem);
  }
  return problems;
}

const FORMAT_REASONS: Record<string, FieldReason> = { email: 'invalid_email', date: 'invalid_date', uri: 'invalid_url', uuid: 'invalid_format' };

/** A pattern failure named after what the field holds (a phone, a language code…). */
function patternReason(path: string): FieldReason {
  if (/(^|\.)phones(\.|$)/.test(path)) return 'invalid_phone';
  if (/(^|\.)(languagesAccepted|originalLanguage|language)(\.|$)/.test(path)) return 'invalid_language';
  if (/(^|\.)website$/.test(path)) return 'invalid_url';
  return 'invalid_format';
}

function toProblem(e: ErrorObject): FieldProblem | undefined {
  const path = e.instancePath.split('/').filter(Boolean).join('.');
  const p = e.params as Record<string, unknown>;
  const join = (name: unknown) => [path, String(name)].filter(Boolean).join('.');
  switch (e.keyword) {
    case 'required':
      return { field: join(p.missingProperty), reason: 'required' };
    case 'additionalProperties':
      return { field: join(p.additionalProperty), reason: 'unknown' };
    case 'type':
      return { field: path, reason: 'invalid_type', limit: String(p.type) };
    case 'format':
      return { field: path, reason: FORMAT_REASONS[String(p.format)] ?? 'invalid_format' };
    case 'pattern':
      return { field: path, reason: patternReason(path) };
    case 'minLength':
      return { field: path, reason: p.limit === 1 ? 'required' : 'too_short', limit: Number(p.limit) };
    case 'maxLength':
      return { field: path, reason: 'too_long', limit: Number(p.limit) };
    case 'minimum':
    case 'exclusiveMinimum':
      return { field: path, reason: 'too_small', limit: Number(p.limit) };
    case 'maximum':
    case 'exclusiveMaximum':
      return { field: path, reason: 'too_large', limit: Number(p.limit) };
    case 'enum':
      return { field: path, reason: 'not_allowed', limit: (p.allowedValues as unknown[]).join(', ') };
    case 'anyOf':
    case 'oneOf':
      return { field: path, reason: 'invalid_type' };
    default:
      return { field: path, reason: 'invalid_format' };
  }
}

const compiled = new WeakMap<object, ReturnType<Ajv['compile']>>();

/** Validates `value` against `schema` as a request body would be; returns the problems, if any. */
export function checkAgainst(schema: object, value: unknown): FieldProblem[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = strict.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : fieldProblems(validate.errors ?? [], 'body');
}
