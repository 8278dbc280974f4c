/**
 * The strategy PDF's dates are the build date's, patched in place (scripts/pdf/stable-bytes.ts):
 * printed twice, the same content gives the same bytes, and no offset in the file moves.
 */
import { describe, expect, it } from 'vitest';
import { stablePdfBytes } from '../../scripts/pdf/stable-bytes.ts';

const info = (creation: string, modified: string) =>
  `%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate ${creation}\n/ModDate ${modified}>>\nendobj\n`;
const buildDay = new Date('2026-03-01T00:00:00Z');

describe('stablePdfBytes', () => {
  it('writes the build date in place of the moment of printing, in UTC, each stamp as long as it was', () => {
    const printed = info("(D:20261206013457+01'00')", '(D:20261206013457Z)');
    const stable = stablePdfBytes(Buffer.from(printed, 'latin1'), buildDay).toString('latin1');
    expect(stable).toBe(info("(D:20260301000000+00'00')", '(D:20260301000000Z)'));
    expect(stable.length).toBe(printed.length);
  });

  it('gives two prints a moment apart the same bytes', () => {
    const first = stablePdfBytes(Buffer.from(info("(D:20261206013457+00'00')", "(D:20261206013457+00'00')"), 'latin1'), buildDay);
    const second = stablePdfBytes(Buffer.from(info("(D:20261206013502+00'00')", "(D:20261206013502+00'00')"), 'latin1'), buildDay);
    expect(second.equals(first)).toBe(true);
  });

  it('leaves every other byte alone, text that looks like a date included', () => {
    const printed = `${info("(D:20261206013457+00'00')", "(D:20261206013457+00'00')")}BT (D:20261206013457) Tj ET\n\u00ff\u0080`;
    const stable = stablePdfBytes(Buffer.from(printed, 'latin1'), buildDay).toString('latin1');
    expect(stable.endsWith('BT (D:20261206013457) Tj ET\n\u00ff\u0080')).toBe(true);
  });
});
