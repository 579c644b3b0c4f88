/**
 * "Nộp hồ sơ", three ways: Enter on the button; a double click (the second click must not file a
 * second dossier); or with the network failing once: the sandbox commits the first submission but
 * its answer never reaches the browser, and the citizen presses "Nộp hồ sơ" again if the form
 * says it failed (the form may also retry by itself). Returns the dossier code the form shows.
 */
import type { Page, Route } from 'playwright';
import { expect } from 'vitest';
import { confirmedCode, submitEnded } from './journey.js';

export type SubmitWay = 'enter' | 'double-click' | 'network-drop';

/** Answers of `POST .../dossiers/{id}/submit` that were lost on the way back. */
async function dropFirstAnswer(page: Page): Promise<{ requests: () => number; stop: () => Promise<void> }> {
  let requests = 0;
  const pattern = /\/v1\/dossiers\/[^/]+\/submit$/;
  const handler = async (route: Route): Promise<void> => {
    requests++;
    if (requests > 1) {
      await route.continue();
      return;
    }
    // The sandbox receives and commits it; the browser sees the connection reset.
    await route.fetch();
    await route.abort('connectionreset');
  };
  await page.route(pattern, handler);
  return { requests: () => requests, stop: () => page.unroute(pattern, handler) };
}

export async function submit(page: Page, way: SubmitWay): Promise<string> {
  const form = page.locator('dvc-form');
  const button = form.getByRole('button', { name: 'Nộp hồ sơ' });
  if (way === 'enter') {
    await button.press('Enter');
    return confirmedCode(page);
  }
  if (way === 'double-click') {
    await button.dblclick();
    return confirmedCode(page);
  }
  const network = await dropFirstAnswer(page);
  try {
    await button.press('Enter');
    const said = await submitEnded(page);
    if (said !== undefined) {
      // The form said why and kept everything: the citizen presses "Nộp hồ sơ" again.
      expect(said.join('')).not.toBe('');
      await button.press('Enter');
    }
    const code = await confirmedCode(page);
    expect(network.requests()).toBeGreaterThanOrEqual(2);
    return code;
  } finally {
    await network.stop();
  }
}
