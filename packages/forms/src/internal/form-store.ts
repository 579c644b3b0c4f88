/**
 * The state of one `<dvc-form>`: data, which fields apply and must be filled, and the messages
 * shown. Field elements subscribe and update only when their own pointer is among the changes, so
 * a keystroke updates the field typed in and the fields that depend on it, never the whole form.
 */
import {
  declaredFields,
  getPointer,
  isJsonObject,
  parentPointer,
  setPointer,
  type DeclaredFieldsIndex,
  type Validator,
  type ValidationIssue,
} from '@dvc-kit/validation';
import { branchFields, gatedPointers } from './form-branches.js';
import { bestBranch } from './form-choice.js';
import { cloneData, ensureGroups, submissionData } from './form-data.js';
import { firstPaintFields } from './form-first-paint.js';
import { fillDefaults, newItem } from './form-defaults.js';
import type { FieldNode } from './form-fields.js';
import type { FormModel } from './form-model.js';
import { schemaAt } from './form-schema.js';
import { sectionReads, sectionsHidden, sectionsOf } from './form-sections.js';
import { StoreListeners, type FormChanges, type FormListener } from './form-store-listeners.js';
import { unshownPointers } from './form-unshown.js';
import type { FormLocale } from './form-text.js';
import type { FormFieldHandle } from '../components/form/form-field-handle.js';

export type { FocusTarget, FormChanges, FormListener } from './form-store-listeners.js';

/** What the store asks of the data model's validator (a compiled one, from the compiler loaded on demand). */
export type StoreValidator = Pick<Validator, 'validate' | 'validateAt' | 'activeFields' | 'requiredFields'> &
  Partial<Pick<Validator, 'activeAndRequiredFields' | 'conditionsRead'>>;

/** The live state of a form. */
export class FormStore {
  data: Record<string, unknown> = {};
  locale: FormLocale = 'vi';
  disabled = false;
  readonly = false;
  private active = new Set<string>();
  private required = new Set<string>();
  private excluded = new Set<string>();
  private hiddenSections = new Set<string>();
  private readonly errors = new Map<string, string>();
  private readonly live = new Set<string>();
  /** Pointers whose message came from elsewhere (`setIssues`): kept as given. */
  private readonly external = new Set<string>();
  /** The subscribers: a change tells those of every change and those at its pointer and above it. */
  private readonly listeners = new StoreListeners();
  /** The data pointers the sections' `visibleWhen` conditions read (worked out when first needed). */
  private sectionReads: string[] | undefined;
  /** The branch chosen at each choice field (by pointer). */
  private readonly choices = new Map<string, number>();
  /** The fields that apply only sometimes (conditions, choices). */
  private readonly gated: ReadonlySet<string>;
  private initial: Record<string, unknown> = {};
  /** Called when the citizen changed the value at a pointer (the form fires `dvc-change`). */
  onChange: ((pointer: string) => void) | undefined = undefined;
  /** The declared-fields index, for a precompiled validator without a field plan (`declared()`). */
  private index: DeclaredFieldsIndex | undefined;
  private validatorNow: StoreValidator | undefined;
  private arrived: (validator: StoreValidator) => void = () => undefined;
  /** Resolves with the validator once it is there (`setValidator`). */
  readonly validated: Promise<StoreValidator>;

  /**
   * `validator` may come later (`setValidator`): until then the store answers which fields apply and
   * must be filled from the field tree alone (`firstPaintFields`, validation's `unconditionalFields`
   * for every field shown: a field under a condition stays hidden until the validator decides), shows no message of its own checks, and the form
   * waits for `validated` before any check (docs/decisions/0021-first-paint-before-the-compiler.md).
   */
  constructor(
    readonly model: FormModel,
    validator?: StoreValidator,
  ) {
    this.gated = gatedPointers(this.fields());
    this.validated = new Promise((resolve) => {
      this.arrived = resolve;
    });
    if (validator !== undefined) this.setValidator(validator);
  }

  /** The data model's validator, once it is there. */
  get validator(): StoreValidator | undefined {
    return this.validatorNow;
  }

  /**
   * Takes the validator: the fields it decides otherwise than the first render did (conditions,
   * requiredness) update, and the messages of fields checked meanwhile (a blur) show.
   */
  setValidator(validator: StoreValidator): void {
    if (this.validatorNow !== undefined) return;
    this.validatorNow = validator;
    // The validator answers from now on: the index, if a precompiled validator needed one, goes (heap after render).
    this.index = undefined;
    const changed = new Set<string>();
    this.recompute(changed);
    for (const pointer of this.live) if (!this.external.has(pointer)) this.check(pointer, changed);
    this.arrived(validator);
    this.notify(changed);
  }

  /** The top-level fields of every section. */
  fields(): FieldNode[] {
    return sectionsOf(this.model).flatMap((s) => s.fields);
  }

  /**
   * Replaces the data (a copy of `data` with every group present) and forgets the messages. A new
   * form (`fresh`: no data was given) starts with the schema's `default`s. `given` is what the page
   * gave (default `data`): its empty groups are submitted as given; a restored draft passes the page's.
   */
  load(data: Record<string, unknown>, fresh = false, given: Record<string, unknown> = data): void {
    this.data = data;
    this.initial = cloneData(given);
    this.choices.clear();
    if (fresh) fillDefaults(this.data, this.fields());
    for (const section of sectionsOf(this.model)) ensureGroups(this.data, section.fields);
    this.errors.clear();
    this.live.clear();
    this.recompute(new Set());
    this.notify(null);
  }

  /**
   * Subscribes; returns the unsubscribe function. A field's subscriber gives its `pointer`: it hears
   * of everything (`null`) and of the changes at its pointer or below it (an address's parts), not of
   * the others (a keystroke asks one field, not every field).
   */
  subscribe(listener: FormListener, pointer?: string): () => void {
    this.listeners.add(listener, pointer);
    return () => {
      this.unsubscribe(listener, pointer);
    };
  }

  /** Removes a subscriber (of `pointer`, if it gave one). */
  unsubscribe(listener: FormListener, pointer?: string): void {
    this.listeners.remove(listener, pointer);
  }

  /** The fields shown now (the subscribers of a pointer that take focus), in no particular order. */
  shownFields(): FormFieldHandle[] {
    return this.listeners.fields();
  }

  /** Tells the subscribers concerned what changed (`null`: everything may have, e.g. the locale). */
  notify(changes: FormChanges): void {
    this.listeners.notify(changes);
  }

  value(pointer: string): unknown {
    return getPointer(this.data, pointer);
  }
  isVisible(pointer: string): boolean {
    return (
      !this.excluded.has(pointer) &&
      (pointer === '' || !this.gated.has(pointer) || this.active.has(pointer) || this.inArray(pointer))
    );
  }

  /** The branch shown at the choice field `node`: the person's choice, else the one its data fits. */
  choice(node: FieldNode): number {
    const chosen = this.choices.get(node.pointer);
    if (chosen !== undefined) return chosen;
    const fit = bestBranch(this.model.context.root, node.branches ?? [], this.value(node.pointer));
    this.choices.set(node.pointer, fit);
    return fit;
  }

  /** Shows branch `index` at the choice field `node`; the values of the others are kept, not submitted. */
  choose(node: FieldNode, index: number): void {
    if (this.choice(node) === index) return;
    this.choices.set(node.pointer, index);
    const changed = new Set<string>([node.pointer]);
    this.recompute(changed);
    this.notify(changed);
  }

  /** The value of a new item of the array at `pointer`. */
  newItem(pointer: string, index: number): unknown {
    const schema = schemaAt(this.model.context.root, `${pointer}/${index}`);
    return schema === undefined ? {} : newItem(this.model.context.root, schema);
  }

  /** Pointers of the submitted values no field shows (undeclared keys, `additionalProperties`). */
  unshown(): string[] {
    return unshownPointers(this, this.submission());
  }
  isRequired(pointer: string): boolean {
    return this.required.has(pointer);
  }
  isSectionVisible(id: string): boolean {
    return !this.hiddenSections.has(id);
  }
  error(pointer: string): string {
    return this.errors.get(pointer) ?? '';
  }
  /** The pointers that show a message. */
  errorPointers(): string[] {
    return [...this.errors.keys()];
  }

  /** Sets the value at `pointer` (`undefined` removes it), revalidating it if it shows a message. */
  set(pointer: string, value: unknown): void {
    const changed = new Set<string>([pointer]);
    const before = getPointer(this.data, pointer);
    if (pointer.endsWith('/province') && getPointer(this.data, pointer) !== value) {
      // A commune belongs to one province: choosing another province empties it.
      const commune = `${parentPointer(pointer)}/commune`;
      setPointer(this.data, commune, undefined);
      changed.add(commune);
    }
    // An emptied item of a list of texts stays an empty text, not a hole.
    const emptied = value === undefined && Array.isArray(getPointer(this.data, parentPointer(pointer)));
    // The root's own keys change together (the key-value editor of a root open object).
    if (pointer === '') this.data = isJsonObject(value) ? value : {};
    else
      setPointer(
        this.data,
        pointer,
        emptied
          ? this.newItem(parentPointer(pointer), Number(pointer.slice(pointer.lastIndexOf('/') + 1)))
          : value,
      );
    if (changed.size > 1 || this.mayMoveFields(pointer, before, value)) this.recompute(changed);
    if (this.live.has(pointer)) this.check(pointer, changed);
    this.notify(changed);
  }

  /** Reports a change the citizen made at `pointer`. */
  emitChange(pointer: string): void {
    this.onChange?.(pointer);
  }

  /** Forgets the messages at `pointer` and below (a repeatable item was removed, so indexes moved). */
  forget(pointer: string): void {
    for (const p of [...this.errors.keys(), ...this.live]) {
      if (p === pointer || p.startsWith(`${pointer}/`)) {
        this.errors.delete(p);
        this.live.delete(p);
      }
    }
  }

  /** Validates one field (on blur) and shows its message from now on. */
  touch(pointer: string): void {
    this.live.add(pointer);
    const changed = new Set<string>();
    this.check(pointer, changed);
    this.notify(changed);
  }

  /** The data to submit: hidden fields and optional empty groups left out. */
  submission(): Record<string, unknown> {
    return submissionData(this.data, {
      active: this.active,
      required: this.required,
      excluded: this.excluded,
      gated: this.gated,
      initial: this.initial,
    });
  }

  /**
   * Validates the submission and shows every message.
   * @throws Error before the validator is there (`validated`).
   */
  validateAll(): ReturnType<Validator['validate']> {
    const validator = this.validatorNow;
    if (validator === undefined) throw new Error('The form’s validator is not there yet.');
    const result = validator.validate(this.submission(), { locale: this.locale });
    this.showIssues(result.ok ? [] : result.issues);
    return result;
  }

  /** Shows `issues` (from validation or a server) on their fields; every other message goes. */
  showIssues(issues: readonly Pick<ValidationIssue, 'pointer' | 'message'>[], external = false): void {
    this.errors.clear();
    this.external.clear();
    if (external) for (const issue of issues) this.external.add(issue.pointer);
    for (const issue of issues) {
      if (!this.errors.has(issue.pointer)) this.errors.set(issue.pointer, issue.message);
      this.live.add(issue.pointer);
    }
    this.notify(null);
  }

  /** Words the messages of the form's own checks again, in the current locale. */
  relocalize(): void {
    const changed = new Set<string>();
    for (const pointer of [...this.errors.keys()]) {
      if (!this.external.has(pointer) && pointer !== '') this.check(pointer, changed);
    }
    this.notify(changed);
  }

  /** Clears every message. */
  clearIssues(): void {
    this.errors.clear();
    this.live.clear();
    this.notify(null);
  }

  /** Focuses the field of `pointer`, or of its nearest registered ancestor; `false` when none. */
  focus(pointer: string): boolean {
    for (let p = pointer; ; p = parentPointer(p)) {
      const target = this.listeners.field(p);
      if (target !== undefined) {
        target.focus();
        return true;
      }
      if (p === '') return false;
    }
  }

  private inArray(pointer: string): boolean {
    return /\/\d+(\/|$)/.test(pointer);
  }

  private check(pointer: string, changed: Set<string>): void {
    // Before the validator is there, nothing is checked against nothing: `setValidator` checks it.
    if (this.validatorNow === undefined) return;
    const result = this.validatorNow.validateAt(pointer, this.submission(), { locale: this.locale });
    const message = result.ok ? '' : (result.issues.find((i) => i.pointer === pointer)?.message ?? '');
    if (message === this.error(pointer)) return;
    this.external.delete(pointer);
    if (message === '') this.errors.delete(pointer);
    else this.errors.set(pointer, message);
    changed.add(pointer);
  }

  /**
   * Whether setting `pointer` from `before` to `after` may change which fields apply, must be filled
   * or show (a typed character mostly does not): a key added or removed, a group or list replaced,
   * or a value a condition reads (the schema's, `Validator.conditionsRead`, or a section's
   * `visibleWhen`). Otherwise the store skips the walk over every field on that keystroke.
   */
  private mayMoveFields(pointer: string, before: unknown, after: unknown): boolean {
    const validator = this.validatorNow;
    if (validator?.conditionsRead === undefined || pointer === '') return true;
    if (before === undefined || after === undefined) return true;
    if (typeof before === 'object' || typeof after === 'object') return true;
    this.sectionReads ??= sectionReads(this.model);
    const related = (field: string): boolean =>
      field === pointer || field.startsWith(`${pointer}/`) || pointer.startsWith(`${field}/`);
    return this.sectionReads.some(related) || validator.conditionsRead(pointer);
  }

  /** Which fields apply and must be filled: the validator's answer, or the declared fields' until it is there. */
  private applying(): { active: Iterable<string>; required: Iterable<string> } {
    const validator = this.validatorNow;
    if (validator?.activeAndRequiredFields !== undefined) return validator.activeAndRequiredFields(this.data);
    if (validator !== undefined)
      return { active: validator.activeFields(this.data), required: validator.requiredFields(this.data) };
    return firstPaintFields(this.model.context, this.fields(), this.data);
  }

  /** The declared-fields index of the data model (built once, when first asked). */
  declared(): DeclaredFieldsIndex {
    this.index ??= declaredFields(this.model.dataSchema);
    return this.index;
  }

  private recompute(changed: Set<string>): void {
    const applying = this.applying();
    const active = new Set(applying.active);
    // A choice decides its branches' fields itself, whatever else the data would match.
    const branches = branchFields(this.fields(), (node) => this.choice(node));
    for (const p of branches.unchosen) if (!branches.chosen.has(p)) active.delete(p);
    for (const p of branches.chosen) active.add(p);
    const required = new Set(applying.required);
    const { hidden: hiddenSections, excluded } = sectionsHidden(this.model, this.data);
    for (const [before, after] of [
      [this.active, active],
      [this.required, required],
      [this.excluded, excluded],
    ] as const) {
      for (const p of before) if (!after.has(p)) changed.add(p);
      for (const p of after) if (!before.has(p)) changed.add(p);
    }
    for (const id of new Set([...this.hiddenSections, ...hiddenSections])) {
      if (this.hiddenSections.has(id) !== hiddenSections.has(id)) changed.add(`section:${id}`);
    }
    this.active = active;
    this.required = required;
    this.excluded = excluded;
    this.hiddenSections = hiddenSections;
  }
}
