/** Every error code the API can return; the web app translates each one (`error.<code>`). */
export const ERROR_STATUS = {
  validation_failed: 400,
  malformed_json: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  token_invalid: 400,
  setup_already_done: 409,
  role_not_allowed: 400,
  last_admin: 409,
  designation_overlap: 409,
  import_rejected: 400,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Why one field was rejected; `reason` is a stable key the web app translates (`field.<reason>`). */
export interface FieldProblem {
  field: string;
  reason: FieldReason;
  /** Limit or allowed values, for the message ("at most {limit} characters"). */
  limit?: number | string;
}

export const FIELD_REASONS = [
  'required',
  'unknown',
  'invalid_type',
  'invalid_format',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'not_allowed',
  'invalid_email',
  'invalid_locale',
  'invalid_date',
  'invalid_phone',
  'invalid_url',
  'invalid_language',
  'invalid_time_zone',
  'end_before_start',
  'unknown_state',
  'duplicate',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

/** The body of every error response. */
/** The problems of one row of an import file (row 1 is the first data row). */
export interface RowProblems {
  row: number;
  fields: FieldProblem[];
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: { fields?: FieldProblem[]; rows?: RowProblems[] } };
}
