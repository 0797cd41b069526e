import { expect, test } from '@playwright/test';
import { ADMIN, CLAIRE as INVITEE, readServer } from './server';

test('first admin → invite → accept from the outbox → sign in → Arabic, right to left', async ({ page }) => {
  // 1. The one-time setup link printed at first start creates the first secretariat admin.
  await page.goto(readServer().setupUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Comity' })).toBeVisible();
  await page.locator('#field-email').fill(ADMIN.email);
  await page.locator('#field-displayName').fill(ADMIN.name);
  await page.locator('#field-password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organizations' })).toBeVisible();

  // 2. The secretariat adds the French central authority.
  await page.locator('#field-stateCode').selectOption({ label: 'France' });
  await page.locator('#field-name').fill('Bureau de l’entraide pénale internationale');
  await page.getByRole('button', { name: 'Add organization' }).click();
  await expect(page.getByRole('row', { name: /Bureau de l’entraide pénale internationale/ })).toBeVisible();

  // 3. … and invites its administrator, in French.
  await page.getByRole('link', { name: 'Users' }).click();
  await page.locator('#field-organizationId').first().selectOption({ label: 'Bureau de l’entraide pénale internationale' });
  await page.locator('#field-email').fill(INVITEE.email);
  await page.locator('#field-displayName').fill(INVITEE.name);
  await page.locator('#field-role').selectOption('authority_admin');
  await page.locator('#field-preferredLocale').selectOption('fr');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${INVITEE.email}` })).toBeVisible();

  // 4. No SMTP here: the invitation waits in the outbox, written in French.
  await page.getByRole('link', { name: 'Mail outbox' }).click();
  const mail = page.locator('.mail').filter({ hasText: INVITEE.email });
  await mail.locator('summary').click();
  await expect(mail).toContainText('Bonjour Claire Martin');
  const link = await mail.getByRole('link', { name: /invitation#token=/ }).getAttribute('href');
  expect(link).toMatch(/\/invitation#token=[\w-]{43}$/);
  await page.getByRole('button', { name: 'Sign out' }).click();

  // 5. The invitee opens the link, chooses a password and is signed in, in their language.
  await page.goto(link!);
  await expect(page.locator('.lead')).toContainText('Bureau de l’entraide pénale internationale');
  await page.locator('#field-password').fill(INVITEE.password);
  await page.locator('button[type=submit]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.alert--info')).toContainText('Claire Martin');

  // 6. Sign out and back in with the new password.
  await page.locator('.user-menu button').click();
  await page.goto('/login');
  await page.locator('#field-email').fill(INVITEE.email);
  await page.locator('#field-password').fill(INVITEE.password);
  await page.locator('button[type=submit]').click();
  await expect(page.locator('.user-menu')).toContainText('Claire Martin');

  // 7. Arabic: the document turns right to left and the layout mirrors.
  await page.locator('#language-select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('التعاون الدولي في مكافحة الفساد');
  const viewport = page.viewportSize()!;
  const brand = (await page.locator('.brand').boundingBox())!;
  const tools = (await page.locator('.site-header__tools').boundingBox())!;
  expect(brand.x).toBeGreaterThan(viewport.width / 2);
  expect(tools.x + tools.width).toBeLessThan(viewport.width / 2);
  await page.screenshot({ path: 'test-results/screens/home-ar.png', fullPage: true });

  // The choice is saved in the profile: it survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
