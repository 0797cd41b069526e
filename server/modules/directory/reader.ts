import type { Locale } from '../../../common/locales';
import type { Db } from '../../db/database';
import type { ServiceContext } from '../../platform/context';
import { stateNamesIn } from '../states/index';
import type { Reader } from './directory.presenter';

/** Today's date (UTC) from the context's clock. */
export function todayOf(ctx: ServiceContext): string {
  return ctx.clock.now().toISOString().slice(0, 10);
}

/** The reader of a directory response: actor, language, day and State names. */
export async function readerFor(db: Db, ctx: ServiceContext, locale: Locale): Promise<Reader> {
  const names = await stateNamesIn(db, locale);
  return { actor: ctx.actor, locale, today: todayOf(ctx), stateName: (code) => names.get(code) ?? code };
}
