/**
 * The documents rule: which document components a dossier needs on a channel, and which of them
 * must be uploaded. One home for the rule: the sandbox's submit and supplement checks and the
 * forms' documents step all call {@link documentRequirements}.
 *
 * - A component applies when it is `required`, or `conditional` with a `requiredWhen` that holds.
 *   A `conditional` one with only a `condition` in words is never enforced (nothing to evaluate).
 * - Its mode on the channel is `channels[channel]`, else `submission` (default `submit`).
 * - `waived`: nothing is asked for. `present` (xuất trình): shown at the counter or when the
 *   result is collected, never uploaded; by post a certified copy goes in the envelope.
 * - `submit`: an `e-form` replacement on the channel means the e-form is the paper (no upload);
 *   a `state-data` replacement makes the upload optional (the office reads the data and asks for
 *   the paper only if it cannot); an `electronic-copy` replacement keeps the component required
 *   but lets a copy from the citizen's data store or VNeID stand in for a scan.
 */
import { evaluateCondition } from './conditions.js';
import type {
  DocumentComponent,
  DocumentMode,
  DocumentReplacement,
  LocalizedText,
  ProcedureDefinition,
  SubmissionChannel,
} from '@dvc-kit/contract';

/** What a dossier needs of one component on one channel. */
export interface DocumentRequirement {
  component: DocumentComponent;
  /** Whether the component applies to this dossier (required, or conditional and its condition holds). */
  applies: boolean;
  /** How it is provided on the channel. */
  mode: DocumentMode;
  /** `required`: the dossier cannot be filed without a file; `optional`: a file may be added; `none`: no upload. */
  upload: 'required' | 'optional' | 'none';
  /** The replacements that apply on the channel. */
  replacements: DocumentReplacement[];
  /** What to show the citizen in place of the upload, when there is no upload or it is optional. */
  notice?: LocalizedText;
}

/** Options of {@link documentRequirements}. */
export interface DocumentRequirementsOptions {
  /** The filing channel (default `online`). */
  channel?: SubmissionChannel;
}

const LEGACY_NOTICE: LocalizedText = {
  vi: 'Không bắt buộc tải lên: cơ quan khai thác dữ liệu điện tử đã có; chỉ bổ sung khi được yêu cầu.',
  en: 'No upload needed: the office uses the electronic data the state already holds; add it only if asked.',
};

const PRESENT_NOTICE: Record<SubmissionChannel, LocalizedText> = {
  online: {
    vi: 'Không tải lên: xuất trình bản chính khi nhận kết quả nếu được yêu cầu; thông tin được lấy từ Cơ sở dữ liệu quốc gia về dân cư.',
    en: 'No upload: show the original when you collect the result if asked; the data comes from the national population database.',
  },
  'in-person': {
    vi: 'Xuất trình bản chính để đối chiếu; cán bộ ghi lại thông tin và trả lại ngay.',
    en: 'Show the original to be checked; the official records it and hands it back.',
  },
  postal: {
    vi: 'Gửi kèm bản sao có chứng thực.',
    en: 'Enclose a certified copy.',
  },
};

function replacementsOn(component: DocumentComponent, channel: SubmissionChannel): DocumentReplacement[] {
  const declared =
    component.replacedBy ??
    (component.digitalReplacement === true ? [{ kind: 'state-data' as const, notice: LEGACY_NOTICE }] : []);
  return declared.filter((r) => (r.channels ?? ['online']).includes(channel));
}

/** What `data` (the dossier data) needs of one component on `channel`. */
export function documentRequirement(
  component: DocumentComponent,
  data: unknown,
  channel: SubmissionChannel = 'online',
): DocumentRequirement {
  const applies =
    component.requirement === 'required' ||
    (component.requirement === 'conditional' &&
      component.requiredWhen !== undefined &&
      evaluateCondition(component.requiredWhen, data));
  const mode = component.channels?.[channel] ?? component.submission ?? 'submit';
  const replacements = mode === 'submit' ? replacementsOn(component, channel) : [];
  const base = { component, applies, mode, replacements };
  if (mode === 'waived') return { ...base, upload: 'none' };
  if (mode === 'present') {
    // By post the shown papers travel as certified copies (bản sao có chứng thực).
    const upload = channel === 'postal' ? (applies ? 'required' : 'optional') : 'none';
    return { ...base, upload, notice: PRESENT_NOTICE[channel] };
  }
  const eForm = replacements.find((r) => r.kind === 'e-form');
  if (eForm !== undefined) return { ...base, upload: 'none', notice: eForm.notice };
  const stateData = replacements.find((r) => r.kind === 'state-data');
  if (stateData !== undefined) return { ...base, upload: 'optional', notice: stateData.notice };
  const copy = replacements.find((r) => r.kind === 'electronic-copy');
  return {
    ...base,
    upload: applies ? 'required' : 'optional',
    ...(copy === undefined ? {} : { notice: copy.notice }),
  };
}

/** What `data` needs of each of the definition's document components on the channel, in order. */
export function documentRequirements(
  definition: ProcedureDefinition,
  data: unknown,
  options: DocumentRequirementsOptions = {},
): DocumentRequirement[] {
  return definition.documents.map((c) => documentRequirement(c, data, options.channel ?? 'online'));
}
