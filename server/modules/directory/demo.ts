import type { Db } from '../../db/database';
import { stableId } from '../../lib/ids';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { toAuthorityFields } from './authority.input';
import { findAuthority, insertAuthority } from './authority.repository';
import { designationRow, findDesignation, insertDesignation } from './designation.repository';
import { DEMO_AUTHORITIES, DEMO_EXPERTS } from './demo.data';
import { todayOf } from './reader';

function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Seeds a directory for a dozen States with clearly fictional contact details. Idempotent: ids
 * derive from fixed keys, and what exists already (perhaps edited since) is left alone.
 */
export async function seedDemoDirectory(db: Db, ctx: ServiceContext): Promise<{ authorities: number; designations: number }> {
  const today = todayOf(ctx);
  const now = ctx.clock.now().toISOString();
  const created = { authorities: 0, designations: 0 };
  await db.transaction().execute(async (trx) => {
    for (const demo of DEMO_AUTHORITIES) {
      const id = stableId(`demo-authority:${demo.key}`);
      const { verifiedDaysAgo, ...input } = demo.input;
      if (!(await findAuthority(trx, id))) {
        const fields = toAuthorityFields({ ...input, lastVerifiedOn: daysBefore(today, verifiedDaysAgo) });
        await insertAuthority(trx, id, fields, now);
        await recordAudit(trx, ctx, { action: 'authority.created', entityType: 'authority', entityId: id, stateCode: fields.stateCode, details: { demo: true } });
        created.authorities += 1;
      }
      for (const d of demo.designations) {
        const designationId = stableId(`demo-designation:${demo.key}:${d.function}`);
        if (await findDesignation(trx, designationId)) continue;
        await insertDesignation(trx, designationRow({ id: designationId, stateCode: input.stateCode, territory: input.territory, authorityId: id, recordedAt: now, ...d }));
        await recordAudit(trx, ctx, { action: 'designation.created', entityType: 'designation', entityId: designationId, stateCode: input.stateCode, details: { demo: true } });
        created.designations += 1;
      }
    }
    for (const expert of DEMO_EXPERTS) {
      const id = stableId(`demo-expert:${expert.key}`);
      if (await findDesignation(trx, id)) continue;
      await insertDesignation(
        trx,
        designationRow({ id, stateCode: expert.stateCode, function: 'governmental_expert', territory: null, personName: expert.name, personTitle: expert.title, personEmail: expert.email, startDate: expert.startDate, recordedAt: now }),
      );
      await recordAudit(trx, ctx, { action: 'designation.created', entityType: 'designation', entityId: id, stateCode: expert.stateCode, details: { demo: true } });
      created.designations += 1;
    }
  });
  return created;
}
