/**
 * One procedure filed end to end as a citizen does it, then checked in the sandbox: the answers
 * (the script's sample with the profile's prefill), every step typed with axe clean at 320 px and at
 * desktop width, the document attached, one change from the review, "Nộp hồ sơ"; then, over HTTP,
 * exactly one dossier for the procedure, with that code, that data field by field and that document.
 */
import { getProcedureDefinition, prefillData, procedureSamples } from '@dvc-kit/procedures';
import type { Persona } from '@dvc-kit/sandbox';
import type { Page } from 'playwright';
import { expect } from 'vitest';
import { violationsAtWidths } from './axe.js';
import { attachOnce, attachedDocuments } from './documents.js';
import { changeFromReview, openProcedure, typeSteps, type ProcedureScript } from './journey.js';
import type { Searches } from './keyboard.js';
import { fields, heldDossiers } from './sandbox.js';
import { submit, type SubmitWay } from './submit.js';

/** What the citizen means to file: the script's answers with the profile's prefill. */
export function answersOf(script: ProcedureScript, persona: Persona): Record<string, unknown> {
  const definition = getProcedureDefinition(script.slug);
  if (definition === undefined) throw new Error(`${script.slug} is missing`);
  const samples = procedureSamples(script.slug);
  const sample =
    script.sample === undefined
      ? samples.valid
      : samples.variants.find((v) => v.name === script.sample)?.data;
  if (sample === undefined) throw new Error(`${script.slug} has no sample ${script.sample ?? ''}`);
  return prefillData(definition, persona.profile, script.answers(sample as Record<string, unknown>)).data;
}

/** `data` with `text` at `pointer`. */
function changed(data: Record<string, unknown>, pointer: string, text: string): Record<string, unknown> {
  const copy = structuredClone(data);
  const keys = pointer.split('/').slice(1);
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1) ?? ''] = text;
  return copy;
}

/** Axe at both widths on the shown step (or the review). */
export async function expectAxeClean(page: Page, where: string): Promise<void> {
  expect(await violationsAtWidths(page), where).toEqual({ phone: [], desktop: [] });
}

/** How a filing goes besides its script. */
export interface FilingOptions {
  /** How "Nộp hồ sơ" is pressed (default Enter). */
  way?: SubmitWay;
  /** The procedure's first step is shown already (the citizen came to it another way). */
  opened?: boolean;
  /** After each step is typed and axe ran, before "Tiếp tục" (which it must leave focused). */
  onStep?: (step: string) => Promise<void>;
}

/** Files `script` from the search page (signed in already) and checks what the sandbox holds. */
export async function fileAndCheck(
  portal: { page: Page; url: string },
  persona: Persona,
  searches: Searches,
  script: ProcedureScript,
  options: FilingOptions = {},
): Promise<void> {
  const { page, url } = portal;
  const answers = answersOf(script, persona);
  if (options.opened !== true) await openProcedure(page, url, script);
  const attach = attachOnce(page, script.document.code, script.document.file);
  const seen = await typeSteps(page, answers, searches, {
    onOther: attach.onOther,
    onStep: async (step) => {
      await expectAxeClean(page, step);
      await options.onStep?.(step);
    },
  });
  expect(seen).toEqual(script.steps);
  expect(await attachedDocuments(page), `file inputs: ${[...attach.inputs].join(', ')}`).toEqual([
    script.document.code,
  ]);
  await expectAxeClean(page, 'review');
  await changeFromReview(page, script.change);
  const code = await submit(page, options.way ?? 'enter');

  const procedureCode = getProcedureDefinition(script.slug)?.procedure.code ?? '';
  const held = await heldDossiers(url, persona, procedureCode);
  expect(held.map((d) => d.code)).toEqual([code]);
  expect(fields(held[0]?.data)).toEqual(fields(changed(answers, script.change.pointer, script.change.text)));
  expect(held[0]?.documents?.map((d) => d.documentCode)).toEqual([script.document.code]);
}
