import { ERROR_STATUS, type ErrorCode, type FieldProblem, type RowProblems } from '../../common/errors';

/** An error with a stable code that the error handler maps to HTTP; `message` is for logs. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly fields?: FieldProblem[],
    readonly rows?: RowProblems[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** The resource does not exist, or the actor may not know that it does. */
export class NotFoundError extends AppError {
  constructor(what = 'resource') {
    super('not_found', `${what} not found`);
  }
}

/** Input failed validation; each bad field is named. */
export class ValidationError extends AppError {
  constructor(fields: FieldProblem[]) {
    super('validation_failed', `invalid: ${fields.map((f) => f.field).join(', ')}`, fields);
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super('unauthenticated', 'sign-in required');
  }
}
