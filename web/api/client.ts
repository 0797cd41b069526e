import type { ErrorBody, ErrorCode, FieldProblem, RowProblems } from '../../common/errors';

/** An API failure with the server's stable code and the fields it named. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly fields: FieldProblem[] = [],
    readonly rows: RowProblems[] = [],
  ) {
    super(code);
  }
}

let csrfToken: string | null = null;
let uiLocale = 'en';

/** The CSRF token from GET /session, sent on every unsafe request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The interface language, sent as Accept-Language so errors come back translated. */
export function setApiLocale(locale: string): void {
  uiLocale = locale;
}

/** Calls the JSON API; throws ApiError with the server's code on failure. */
export async function api<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': uiLocale };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.method && init.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      signal: init.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'unavailable');
  }
  if (response.status === 204 || response.status === 202) return undefined as T;
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'internal', error?.details?.fields ?? [], error?.details?.rows ?? []);
  }
  return body as T;
}

/** A query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
