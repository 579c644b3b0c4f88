/**
 * Shared pieces of the widget stories: one render for every dvc-kit form control (properties set
 * from args, the locale from the toolbar) and the five states every widget shows.
 */
import type { StoryContext, StoryObj } from '@storybook/web-components-vite';

/** The args every widget story takes (plus widget-specific ones such as `options`). */
export type ControlArgs = Record<string, unknown>;

/**
 * Creates the element and sets its properties from the args; the toolbar's locale applies unless the
 * story sets one. Event args (`onInput`, `onChange`: Storybook's action spies) are not properties.
 */
export function renderControl(tag: string): (args: ControlArgs, context: StoryContext) => HTMLElement {
  return (args, context) => {
    const element = document.createElement(tag);
    const properties = Object.entries(args).filter(([key]) => !/^on[A-Z]/.test(key));
    Object.assign(element, { locale: context.globals['locale'] as unknown }, Object.fromEntries(properties));
    return element;
  };
}

/** The five states: empty, filled, with an error shown, disabled and read-only. */
export function controlStates(filled: unknown, error: string): Record<string, StoryObj<ControlArgs>> {
  return {
    empty: {},
    filled: { args: { value: filled } },
    withError: { args: { required: true, error } },
    disabled: { args: { value: filled, disabled: true } },
    readOnly: { args: { value: filled, readonly: true } },
  };
}
