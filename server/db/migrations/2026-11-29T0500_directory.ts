import type { Kysely } from 'kysely';

/** Directory of designated authorities: entries, their translations, designations with history, job leases. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('authority')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('state_code', 'text', (c) => c.notNull().references('state.code'))
    .addColumn('territory', 'text')
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('original_language', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('phones', 'text', (c) => c.notNull())
    .addColumn('emails', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('office_hours', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('urgent_contact', 'text')
    .addColumn('languages_accepted', 'text', (c) => c.notNull())
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('requirements', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('last_verified_on', 'text', (c) => c.notNull())
    .addColumn('stale_reminder_sent_at', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('authority_state_idx').on('authority').column('state_code').execute();

  await db.schema
    .createTable('authority_translation')
    .addColumn('authority_id', 'text', (c) => c.notNull().references('authority.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('notes', 'text')
    .addColumn('urgent_procedure', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('authority_translation_pk', ['authority_id', 'locale'])
    .execute();

  await db.schema
    .createTable('designation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('state_code', 'text', (c) => c.notNull().references('state.code'))
    .addColumn('function', 'text', (c) => c.notNull())
    .addColumn('territory', 'text')
    .addColumn('authority_id', 'text', (c) => c.references('authority.id'))
    .addColumn('person_name', 'text')
    .addColumn('person_title', 'text')
    .addColumn('person_email', 'text')
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('notification_reference', 'text')
    .addColumn('notification_date', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('user_account.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('designation_state_idx').on('designation').columns(['state_code', 'function']).execute();
  await db.schema.createIndex('designation_authority_idx').on('designation').column('authority_id').execute();

  await db.schema
    .createTable('job_lease')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('audit_event_state_idx').on('audit_event').columns(['state_code', 'seq']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['job_lease', 'designation', 'authority_translation', 'authority']) await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('audit_event_state_idx').execute();
}
