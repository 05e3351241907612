import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/**
 * Checks the current screen with axe-core (no serious or critical violations) and saves a
 * screenshot of it in the test's output, where a reviewer can look at it.
 */
export async function checkScreen(page: Page, testInfo: TestInfo, screenName: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${screenName}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  expect(blocking, `accessibility problems on ${screenName}`).toEqual([]);
}
