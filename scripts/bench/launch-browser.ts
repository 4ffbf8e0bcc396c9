import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';

/** The headless Debian Chromium every benchmark and the screenshot drive (CHROMIUM_PATH overrides /usr/bin/chromium); the caller closes it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
}
