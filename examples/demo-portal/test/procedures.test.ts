/**
 * Five reference procedures filed end to end in the demo portal, typed with the keyboard by the
 * persona Nguyễn Văn An in Debian's Chromium against the sandbox (birth registration, with a reload,
 * is in demo-portal.test.ts). Each: steps, prefill, repeatable groups, addresses found without
 * diacritics, a document, one change from the review, "Nộp hồ sơ"; then the sandbox holds exactly
 * one dossier for it with that data. Death registration is submitted with a double click, the
 * judicial record certificate through a network that loses the first answer.
 */
import { getPersona } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fileAndCheck } from './helpers/filing.js';
import { signInAs, startPortal, type Portal } from './helpers/portal.js';
import type { SubmitWay } from './helpers/submit.js';
import type { ProcedureScript } from './helpers/journey.js';
import {
  deathRegistration,
  householdBusinessRegistration,
  judicialRecordCertificate,
  marriageRegistration,
  permanentResidenceRegistration,
  searches,
} from './scripts/index.js';

let portal: Portal;
const an = getPersona('citizen-an');

beforeAll(async () => {
  portal = await startPortal();
  await portal.page.goto(`${portal.url}#/procedures/1.000656`);
  await signInAs(portal.page, 'Nguyễn Văn An');
  await portal.page.waitForURL(/#\/procedures\/1\.000656$/);
}, 120_000);

afterAll(async () => {
  await portal.close();
});

const cases: [ProcedureScript, SubmitWay][] = [
  [deathRegistration, 'double-click'],
  [householdBusinessRegistration, 'enter'],
  [judicialRecordCertificate, 'network-drop'],
  [marriageRegistration, 'enter'],
  [permanentResidenceRegistration, 'enter'],
];

for (const [script, way] of cases) {
  test(`${script.link}: typed through, filed (${way}), exactly one dossier with that data`, async () => {
    if (an === undefined) throw new Error('persona citizen-an is missing');
    try {
      await fileAndCheck(portal, an, searches, script, { way });
    } catch (error) {
      // What the API refused, if anything, says more than the page.
      throw new Error(`${String(error)}\nAPI errors: ${portal.apiErrors.join('\n')}`, { cause: error });
    }
    expect(portal.pageErrors).toEqual([]);
  }, 180_000);
}
