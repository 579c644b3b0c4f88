/** Amounts as Vietnamese write them: `16.000` (a dot between thousands), without relying on ICU data. */
export function formatVnd(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
