import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN, CLAIRE } from './server';

const KENYAN = { email: 'w.otieno@ke.example.org', name: 'Wanjiru Otieno', password: 'mutual legal assistance nairobi' };

async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const session = await (await request.get('/api/v1/session')).json();
  return { 'x-csrf-token': session.csrfToken };
}

/** The secretariat gives Kenya an authority and a practitioner account (through the API; the UI path is covered in 01). */
async function createKenyanPractitioner(request: APIRequestContext): Promise<void> {
  await request.post('/api/v1/session', { data: { email: ADMIN.email, password: ADMIN.password } });
  const headers = await csrfHeaders(request);
  const organization = await (await request.post('/api/v1/organizations', { headers, data: { stateCode: 'KE', name: 'Office of the Attorney General' } })).json();
  await request.post(`/api/v1/organizations/${organization.id}/invitations`, {
    headers,
    data: { email: KENYAN.email, displayName: KENYAN.name, role: 'officer', preferredLocale: 'fr' },
  });
  const outbox = await (await request.get('/api/v1/outbox')).json();
  const mail = outbox.items.find((m: { recipient: string }) => m.recipient === KENYAN.email);
  const token = /#token=([\w-]+)/.exec(mail.bodyText)![1];
  await request.delete('/api/v1/session', { headers });
  await request.post('/api/v1/invitations/accept', { data: { token, password: KENYAN.password } });
  await request.delete('/api/v1/session', { headers: await csrfHeaders(request) });
}

async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.locator('button[type=submit]').click();
  await expect(page.locator('.user-menu')).toBeVisible();
}

test('a State’s admin updates languages and requirements; a practitioner of another State finds them with the finder, in French', async ({ page, request }) => {
  await createKenyanPractitioner(request);

  // France's authority administrator works in French.
  await signIn(page, CLAIRE);
  // Her profile says Arabic (she chose it in the first journey); she switches to French.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.locator('#language-select').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto('/directory?state=FR&measure=mla_c');
  const entry = page.locator('.finder-card h4 a').first();
  const entryName = (await entry.textContent())!;
  await entry.click();
  await page.locator('a[href$="/edit"]').click();
  await expect(page.locator('#field-originalName')).not.toHaveValue('');
  await page.locator('#field-languagesAccepted').fill('fr, en, es');
  await page.locator('#field-requirements\\.apostille').selectOption('true');
  await page.locator('#field-requirements\\.dualCriminalityNonCoercive').selectOption('not_required');
  await page.locator('#verified-today').click();
  await page.locator('form.authority-form button[type=submit]').click();
  await expect(page.getByRole('heading', { level: 1, name: entryName })).toBeVisible();
  await expect(page.locator('main')).toContainText('espagnol');
  await page.locator('.user-menu button').click();

  // Kenya's practitioner, also in French, asks the finder about France.
  await signIn(page, KENYAN);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('navigation').locator('a[href="/directory"]').click();
  await page.locator('#field-finder-state').selectOption({ label: 'France' });
  await page.locator('#field-finder-measure').selectOption('mla_c');
  const card = page.locator('.finder-card').filter({ hasText: entryName });
  await expect(card).toBeVisible();
  await expect(card).toContainText('français, anglais et espagnol');
  await expect(card.locator('dt', { hasText: 'Apostille' }).locator('xpath=following-sibling::dd[1]')).toHaveText('Oui');
  await expect(card.locator('.badge--stale')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/finder-fr.png', fullPage: true });

  // The change is in France's history, with who made it.
  await page.goto('/states/FR');
  await expect(page.locator('.history')).toContainText('Claire Martin');
});
