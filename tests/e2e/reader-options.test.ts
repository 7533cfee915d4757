/**
 * The reader's own settings in real Chromium: the colour switch (automatic, light, dark) applies at
 * once, is remembered and is usable by keyboard; printed, the story is light, linear, with its
 * caveats open and its address.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const theme = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-theme'));

describe('the colour switch', () => {
  test('dark applies at once, survives a reload, and automatic follows the device again', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], { colorScheme: 'light' });
    await w.page.goto(`${site.server.origin}/`);
    const light = await background(w.page);
    const group = w.page.getByRole('group', { name: 'Colours' });
    await group.getByRole('radio', { name: 'Dark' }).check();
    expect(await theme(w.page)).toBe('dark');
    const dark = await background(w.page);
    expect(dark).not.toBe(light);
    await w.page.reload();
    expect(await theme(w.page)).toBe('dark');
    expect(await background(w.page)).toBe(dark);
    await expect(group.getByRole('radio', { name: 'Dark' }).isChecked()).resolves.toBe(true);
    expect(await axeViolations(w.page)).toEqual([]);
    await group.getByRole('radio', { name: 'Automatic' }).check();
    expect(await theme(w.page)).toBeNull();
    expect(await background(w.page)).toBe(light);
    await w.page.reload();
    expect(await theme(w.page)).toBeNull();
    expect(w.problems).toEqual([]);
  });

  test('the keyboard reaches the switch and the arrow keys change the choice, with a visible focus', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], { colorScheme: 'dark' });
    await w.page.goto(`${site.server.origin}/`);
    const auto = w.page.getByRole('radio', { name: 'Automatic' });
    for (let i = 0; i < 10 && !(await auto.evaluate((el) => el === document.activeElement)); i++)
      await w.page.keyboard.press('Tab');
    expect(await auto.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await auto.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await w.page.keyboard.press('ArrowRight');
    expect(await theme(w.page)).toBe('light');
  });

  test('without JavaScript the switch is not offered and the device setting applies', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    await expect(page.getByRole('group', { name: 'Colours' }).isVisible()).resolves.toBe(false);
    expect(await background(page)).toBe('rgb(21, 20, 15)');
    await context.close();
  });
});

describe('print', () => {
  test('prints light even in dark mode, linear, with the caveats open and the story address', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], { colorScheme: 'dark' });
    await w.page.goto(`${site.server.origin}/`);
    await w.page.getByRole('radio', { name: 'Dark' }).check();
    const caveat = w.page.locator('.methodology details li').first();
    await expect(caveat.isVisible()).resolves.toBe(false); // closed on screen
    await w.page.emulateMedia({ media: 'print' });
    expect(
      await w.page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--text').trim(),
      ),
    ).toBe('#1d1b16');
    await expect(w.page.getByRole('group', { name: 'Colours' }).isVisible()).resolves.toBe(false);
    await expect(w.page.locator('.print-only').innerText()).resolves.toMatch(/https:\/\/\S+\//);
    await expect(w.page.locator('.scrolly-live').first().isVisible()).resolves.toBe(false);
    await expect(w.page.locator('.step-static').first().isVisible()).resolves.toBe(true);
    await expect(caveat.isVisible()).resolves.toBe(true);
  });
});
