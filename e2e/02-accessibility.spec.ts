import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './server';

const PUBLIC_PAGES = [
  '/',
  '/states',
  '/states/FR',
  '/states/XX',
  '/directory',
  '/directory?state=CN&measure=mla_j&urgent=true',
  '/directory/print',
  '/login',
  '/setup',
  '/invitation',
  '/reset-password',
  '/no-such-page',
];
const ADMIN_PAGES = ['/profile', '/admin/users', '/admin/organizations', '/admin/outbox', '/directory/import', '/directory/authorities/new?state=FR', '/states/KE'];

/** A demo entry of France (seeded by global setup), for its page and edit form. */
async function frenchEntry(page: Page): Promise<string> {
  const result = await (await page.request.get('/api/v1/directory/authorities?state=FR&function=central_authority_mla')).json();
  return result.items[0].id;
}

async function expectNoViolations(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#page-heading')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${path}`).toEqual([]);
}

async function useLanguage(page: Page, locale: string): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('comity.locale', l), locale);
}

for (const locale of ['en', 'ar']) {
  test(`every public page has zero axe violations (${locale})`, async ({ page }) => {
    await useLanguage(page, locale);
    for (const path of PUBLIC_PAGES) await expectNoViolations(page, path);
    await expectNoViolations(page, `/directory/authorities/${await frenchEntry(page)}`);
  });

  test(`every administrator page has zero axe violations (${locale})`, async ({ page }) => {
    await page.goto('/login');
    await page.locator('#field-email').fill(ADMIN.email);
    await page.locator('#field-password').fill(ADMIN.password);
    await page.locator('button[type=submit]').click();
    await expect(page.locator('.user-menu')).toBeVisible();
    await page.evaluate((l) => localStorage.setItem('comity.locale', l), locale);
    await page.request.patch('/api/v1/profile', {
      data: { preferredLocale: locale },
      headers: { 'x-csrf-token': await csrf(page) },
    });
    for (const path of ADMIN_PAGES) await expectNoViolations(page, path);
    const id = await frenchEntry(page);
    await expectNoViolations(page, `/directory/authorities/${id}`);
    await expectNoViolations(page, `/directory/authorities/${id}/edit`);
  });
}

test('keyboard: the skip link is first and moves focus to the main content', async ({ page }) => {
  await page.goto('/states');
  await expect(page.locator('#page-heading')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('navigation moves focus to the new page heading', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'States' }).click();
  await expect(page.locator('#page-heading')).toBeFocused();
  await expect(page).toHaveTitle('States · Comity');
});

test('200% zoom: no horizontal scrolling on the States list', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('/states');
  await expect(page.locator('#page-heading')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/screens/states-zoom.png' });
});

async function csrf(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/session');
  return (await response.json()).csrfToken;
}

test('the API documentation renders in the browser, without signing in', async ({ page }) => {
  await page.goto('/api/docs');
  await expect(page.locator('.swagger-ui').first()).toBeVisible();
  await expect(page.getByText('/api/v1/directory/finder').first()).toBeVisible();
});
