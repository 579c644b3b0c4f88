import { html, nothing, type TemplateResult } from 'lit';
import { addMonths, monthWeeks } from '../../internal/controls/calendar.js';
import type { ControlMessages } from '../../internal/controls/messages.js';

/** What the calendar dialog needs. */
export interface CalendarView {
  /** The day that holds the grid's focus. */
  focused: string;
  /** The chosen day, or `''`. */
  selected: string;
  today: string;
  messages: ControlMessages;
  move: (iso: string) => void;
  choose: (iso: string) => void;
  close: () => void;
  onGridKey: (event: KeyboardEvent) => void;
  onDialogKey: (event: KeyboardEvent) => void;
}

function navButton(label: string, text: string, part: string, onClick: () => void): TemplateResult {
  return html`<button type="button" part=${part} class="nav" aria-label=${label} @click=${onClick}>
    <span aria-hidden="true">${text}</span>
  </button>`;
}

function dayCell(view: CalendarView, iso: string | undefined): TemplateResult {
  if (iso === undefined) return html`<td class="outside"></td>`;
  const classes = ['day', iso === view.today ? 'today' : '', iso === view.selected ? 'selected' : ''];
  return html`<td
    part="day"
    class=${classes.filter(Boolean).join(' ')}
    tabindex=${iso === view.focused ? '0' : '-1'}
    data-date=${iso}
    aria-selected=${iso === view.selected ? 'true' : 'false'}
    aria-current=${iso === view.today ? 'date' : nothing}
    @click=${() => {
      view.choose(iso);
    }}
  >
    ${Number(iso.slice(8))}
  </td>`;
}

/** The date picker dialog (WAI-ARIA date picker dialog pattern). */
export function renderCalendar(view: CalendarView): TemplateResult {
  const t = view.messages;
  const month = Number(view.focused.slice(5, 7));
  const title = `${t.months[month - 1] ?? ''} ${view.focused.slice(0, 4)}`;
  return html`<div
    id="calendar"
    part="calendar"
    class="calendar"
    role="dialog"
    aria-modal="true"
    aria-labelledby="calendar-title"
    @keydown=${view.onDialogKey}
  >
    <div class="calendar-header">
      ${navButton(t.previousYear, '«', 'calendar-nav', () => {
        view.move(addMonths(view.focused, -12));
      })}
      ${navButton(t.previousMonth, '‹', 'calendar-nav', () => {
        view.move(addMonths(view.focused, -1));
      })}
      <div id="calendar-title" part="calendar-title" class="calendar-title" aria-live="polite">${title}</div>
      ${navButton(t.nextMonth, '›', 'calendar-nav', () => {
        view.move(addMonths(view.focused, 1));
      })}
      ${navButton(t.nextYear, '»', 'calendar-nav', () => {
        view.move(addMonths(view.focused, 12));
      })}
    </div>
    <table
      role="grid"
      part="calendar-grid"
      class="grid"
      aria-labelledby="calendar-title"
      @keydown=${view.onGridKey}
    >
      <thead>
        <tr>
          ${t.weekdaysShort.map((day, i) => html`<th part="weekday" scope="col" abbr=${t.weekdays[i] ?? day}>${day}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${monthWeeks(view.focused).map(
          (week) =>
            html`<tr>
              ${week.map((iso) => dayCell(view, iso))}
            </tr>`,
        )}
      </tbody>
    </table>
    <div class="calendar-footer">
      <button type="button" part="calendar-close" class="control-button secondary" @click=${view.close}>
        ${t.close}
      </button>
    </div>
  </div>`;
}
