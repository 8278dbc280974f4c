/** Text for an HTML text node or a quoted attribute value: the five characters HTML gives meaning to, as references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
