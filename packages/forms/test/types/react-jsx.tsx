/**
 * Type test of @dvc-kit/forms/react (checked by `tsc -p tsconfig.json`, never run): the generated
 * JSX types accept the elements' props and events and reject a wrong prop or a wrong event detail.
 * An `@ts-expect-error` that no longer fails breaks the type check, so each line below must fail.
 */
/* eslint-disable @typescript-eslint/no-unsafe-return -- a rejected line returns what does not exist */
import type {} from '@dvc-kit/forms/react';
import type { DvcChangeDetail, DvcStepDetail, DvcSubmitDetail } from '@dvc-kit/forms';

const onSubmit = (event: CustomEvent<DvcSubmitDetail>): void => {
  event.detail.waitUntil(Promise.resolve(event.detail.data));
};

export const accepted = (
  <dvc-form
    src="/definitions/birth-registration.json"
    locale="vi"
    no-review
    data={{ applicant: { fullName: 'Nguyễn Văn An' } }}
    ondvc-submit={onSubmit}
    ondvc-change={(event) => {
      const path: string = event.detail.path;
      return path;
    }}
    ondvc-step={(event) => event.detail.index + event.detail.count}
  >
    <dvc-text-field name="fullName" label="Họ và tên" required oninput={(event) => event.target} />
  </dvc-form>
);

/** Handlers written for other events. */
const onStep = (event: CustomEvent<DvcStepDetail>): string => event.detail.step;
const onChange = (event: CustomEvent<DvcChangeDetail>): string => event.detail.path;

export const rejected = [
  // @ts-expect-error: the detail of dvc-submit is a DvcSubmitDetail, not a DvcStepDetail
  <dvc-form ondvc-submit={onStep} />,
  // @ts-expect-error: the detail of dvc-step is a DvcStepDetail, not a DvcChangeDetail
  <dvc-form ondvc-step={onChange} />,
  <dvc-form
    // @ts-expect-error: the detail of dvc-change has no `dossier`
    ondvc-change={(event) => event.detail.dossier}
  />,
  // @ts-expect-error: `locale` is `vi` or `en`
  <dvc-form locale="fr" />,
  // @ts-expect-error: drafts are `off`, `device` or `session`
  <dvc-form drafts="cloud" />,
];
