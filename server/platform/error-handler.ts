import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody, ErrorCode, FieldProblem, RowProblems } from '../../common/errors';
import { AppError } from '../lib/errors';
import { translate, type ServerMessageKey } from './i18n';
import type { App } from './types';
import { fieldProblems } from './validation';

/** Fastify's own error codes that are the client's fault, in the API's vocabulary. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
};

/** Sends `{ error: { code, message, details } }` with the code's status and a message in the user's language. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  status: number,
  fields?: FieldProblem[],
  rows?: RowProblems[],
): FastifyReply {
  const body: ErrorBody = {
    error: { code, message: translate(request.locale ?? 'en', `error.${code}` as ServerMessageKey) },
  };
  if (fields?.length) body.error.details = { fields };
  if (rows?.length) body.error.details = { ...body.error.details, rows };
  return reply.status(status).type('application/json').send(body);
}

/** The one error handler: every failure leaves the API in the same shape. */
export function registerErrorHandler(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendError(request, reply, error.code, error.status, error.fields, error.rows);
    }
    if (error.validation) {
      return sendError(request, reply, 'validation_failed', 400, fieldProblems(error.validation as never, error.validationContext));
    }
    if (error.statusCode === 429) return sendError(request, reply, 'rate_limited', 429);
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendError(request, reply, mapped, mapped === 'malformed_json' ? 400 : (error.statusCode ?? 400));
    if (error instanceof SyntaxError) return sendError(request, reply, 'malformed_json', 400);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(request, reply, 'validation_failed', 400);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(request, reply, 'internal', 500);
  });
}
