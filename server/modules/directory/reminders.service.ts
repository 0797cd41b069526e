import { STALE_AFTER_MONTHS } from '../../../common/directory';
import type { Locale } from '../../../common/locales';
import type { Db } from '../../db/database';
import type { ServiceContext } from '../../platform/context';
import { listActiveStateAdmins } from '../accounts/index';
import { recordAudit } from '../audit/index';
import { deliverQueuedMail, queueMail } from '../notifications/index';
import { stateNamesIn } from '../states/index';
import { authorityName } from './directory.presenter';
import { listStaleAuthorities, markStaleReminderSent, type AuthorityRecord } from './authority.repository';
import { todayOf } from './reader';

/** Editors are reminded again at most this often while an entry stays stale. */
const REMIND_EVERY_DAYS = 30;

function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
}

/**
 * E-mails each State's authority admins, in their own language, the entries not verified for
 * 12 months; each entry is marked so the reminder repeats only every 30 days. Returns the number
 * of e-mails queued.
 */
export async function sendStaleReminders(db: Db, ctx: ServiceContext): Promise<number> {
  const now = ctx.clock.now();
  const today = todayOf(ctx);
  const remindedBefore = new Date(now.getTime() - REMIND_EVERY_DAYS * 86_400_000).toISOString();
  const stale = await listStaleAuthorities(db, monthsBefore(today, STALE_AFTER_MONTHS), remindedBefore);
  const byState = new Map<string, AuthorityRecord[]>();
  for (const a of stale) byState.set(a.stateCode, [...(byState.get(a.stateCode) ?? []), a]);
  let queued = 0;
  const namesByLocale = new Map<Locale, Map<string, string>>();
  const stateName = async (locale: Locale, code: string) => {
    if (!namesByLocale.has(locale)) namesByLocale.set(locale, await stateNamesIn(db, locale));
    return namesByLocale.get(locale)!.get(code) ?? code;
  };
  for (const [stateCode, entries] of byState) {
    const admins = await listActiveStateAdmins(db, stateCode);
    const states = await Promise.all(admins.map((admin) => stateName(admin.preferredLocale, stateCode)));
    await db.transaction().execute(async (trx) => {
      for (const [i, admin] of admins.entries()) {
        const state = states[i]!;
        const list = entries.map((e) => `- ${authorityName(e, admin.preferredLocale)} (${e.lastVerifiedOn}): ${ctx.publicUrl}/directory/authorities/${e.id}/edit`).join('\n');
        await queueMail(trx, ctx, {
          to: admin.email,
          organizationId: admin.organizationId,
          locale: admin.preferredLocale,
          template: 'directoryStale',
          values: { name: admin.displayName, state, count: entries.length, months: STALE_AFTER_MONTHS, list },
        });
        queued += 1;
      }
      await markStaleReminderSent(trx, entries.map((e) => e.id), now.toISOString());
      await recordAudit(trx, ctx, { action: 'directory.stale_reminder_sent', entityType: 'state', entityId: stateCode, stateCode, details: { entries: entries.map((e) => e.id), recipients: admins.length } });
    });
  }
  await deliverQueuedMail(db, ctx);
  return queued;
}
