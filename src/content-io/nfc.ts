import type { Problem } from '../foundation/problems.ts';

/** Text that is not NFC is normalised on the way in; the editor is told where, but nothing fails. */
export function nfcWarning(source: string, file: string): Problem | undefined {
  if (source === source.normalize('NFC')) return undefined;
  const lines = source.split('\n');
  const index = lines.findIndex((line) => line !== line.normalize('NFC'));
  return {
    file,
    line: index + 1,
    field: '(글자)',
    severity: 'warning',
    ko: '유니코드 정규화(NFC)가 안 된 글자가 있어 자동으로 고쳐 읽습니다',
    en: 'text is not in Unicode NFC; it was normalised',
    fix: '편집기에서 NFC로 저장하면 이 경고가 사라집니다 (macOS에서 복사한 한글에 흔합니다)',
  };
}
