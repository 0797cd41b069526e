import { createHash } from 'node:crypto';
import { uuidv7 } from 'uuidv7';

/** A new time-ordered identifier (UUIDv7, text). */
export function newId(): string {
  return uuidv7();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` has the shape of a UUID. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A UUID (version 8 layout) derived from `key`: the same key always gives the same id. */
export function stableId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
