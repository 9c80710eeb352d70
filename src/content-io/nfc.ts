import { problemText, t } from '../i18n/index.ts';
import type { Problem } from '../foundation/problems.ts';

/** Text that is not NFC is normalised on the way in; the editor is told where, but nothing fails. */
export function nfcWarning(source: string, file: string): Problem | undefined {
  if (source === source.normalize('NFC')) return undefined;
  const lines = source.split('\n');
  const index = lines.findIndex((line) => line !== line.normalize('NFC'));
  return {
    file,
    line: index + 1,
    field: t('problem.fieldText'),
    severity: 'warning',
    ...problemText('nfc.textIsNotIn'),
  };
}
